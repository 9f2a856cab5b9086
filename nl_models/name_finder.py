"""Rule + lexicon finder for Dutch PERSON and ADDRESS spans (spaCy component ``nl_name_finder``).

Plain Python over token strings with set lookups. The token facts are computed once per
document with list comprehensions, and the rules only look at candidate tokens (capitalised
words, known lower-case name starts, numbers), so a 2 KB prompt takes about half a millisecond.

PERSON: given names or initials, optional tussenvoegsel, surname ("J.P. de Vries", "Fatima El
Amrani"); a title or role word makes a lone surname enough ("mevrouw De Vries" -> "De Vries",
"buurman Bakker"); titles are never part of the span. Names that are also ordinary words
("Bakker", "Visser") need such context. Organisations and streets named after people are not
persons ("Jeroen Bosch Ziekenhuis", "Johan de Wittlaan").

ADDRESS: street + house number + toevoeging ("Kerkstraat 12a", "Laan van Meerdervoort 35-II",
"Burgemeester de Withstraat 4 bis"); the street is found through the street lexicon or a street
suffix. A street name without a number is not an address.

Beyond capitalised running text: ALL-CAPS names from forms and headers ("HODAN ABDULLAHI",
"VAN DEN BROEK, MARTIJN"), lower-case given names after a greeting, title or role ("hoi esra",
"dhr sharif"), the name under a closing line ("Kind regards,\nMark"), and later mentions of a
name part found earlier in the same prompt ("Li Wei" ... "Wei").
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy
from spacy.attrs import IS_SPACE, ORTH, SPACY
from spacy.language import Language
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nl_models.lexicon import STREET_SUFFIXES, Lexicons, ascii_fold, load_lexicons
from nl_models.name_slots import NameSlots

HOUSE_NUMBER = re.compile(
    r"^[1-9]\d{0,4}[a-zA-Z]{0,3}(?:[-/](?:\d{1,4}[a-zA-Z]{0,2}|[a-zA-Z]{1,4}))?$"
)
TOEVOEGING = re.compile(r"^(?:[A-Za-z]|bis|hs|huis|bg|zw|rd|[IVX]{1,4}|-?hoog|boven|beneden)$")
LETTER_WITH_DOT = re.compile(r"^[A-Za-z]\.$")
POSTCODE_DIGITS = re.compile(r"^[1-9]\d{3}$")
POSTCODE_LETTERS = re.compile(r"^(?![sS][aAdDsS]$)[A-Za-z]{2}$")
POSTCODE_JOINED = re.compile(r"^[1-9]\d{3}(?![sS][aAdDsS]$)[A-Za-z]{2}$")
LOWER_INITIAL = re.compile(r"^(?:[a-z]\.){1,4}$")
# A house number glued to the next field of a CSV row: "9,388.15", "210,1204.95".
GLUED_FIELD = re.compile(r"^([1-9]\d{0,4}[a-zA-Z]{0,2}),(\S+)$")
# Initials, also accented capitals: "J.P.", "Ö.", "Ş.", "Ł.".
INITIALS = re.compile(r"^(?:(?:[A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŞŠŽČŘĞİŐŰ]|Th|Ch|Ph|Chr|Joh|Wm|IJ|Ij)\.){1,5}$")
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_]*(?:['’-][^\W\d_]+)*$")
ORDINAL = re.compile(r"^\d{1,2}e$")
VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]")
# Units and words after a number that show it is no house number ("artikel 12 lid", "3 jaar").
NOT_HOUSE_NUMBER_AFTER = frozenset(
    [
        "%",
        "euro",
        "eur",
        "procent",
        "jaar",
        "jaren",
        "keer",
        "maal",
        "km",
        "m",
        "meter",
        "uur",
        "minuten",
        "min",
        "dagen",
        "weken",
        "maanden",
        "personen",
        "stuks",
        "cm",
        "kg",
        "lid",
        "sub",
        # "Levering 15 december", "Zaterdag 3 mei": a date, not a house number
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun",
        "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    ]
)  # fmt: skip
# After these a capital may just start a sentence; not after ";" or "|" (CSV fields, tables).
SENTENCE_END = frozenset(".!?:•·-–—\n\"'“”")
# Words that may start a street before a capitalised part ("Laan van Meerdervoort").
STREET_HEADS = frozenset(
    [
        "laan",
        "plein",
        "weg",
        "kade",
        "hof",
        "dreef",
        "singel",
        "straat",
        "park",
        "gracht",
        "burgwal",
    ]
)
STREET_PARTICLES = frozenset(["van", "de", "der", "den", "het", "'t", "ter", "ten"])
# Prepositions that are also tussenvoegsels: "te Wageningen" and "op Texel" are places.
PREPOSITION_PARTICLES = frozenset(
    ["te", "in", "op", "aan", "bij", "uit", "onder", "over", "voor", "het", "der", "'t"]
)
# A compound ending in one of these is a street, never a surname ("Johan de Wittlaan").
STRONG_STREET_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "steeg", "dreef", "plantsoen",
    "boulevard", "allee", "straatje", "pleintje", "pad",
)  # fmt: skip
MAX_STREET_TOKENS = 7
# Titles and offices that open a street named after a person: "Burgemeester Ruijsstraat",
# "Dokter van Heesweg", "Pastoor Pieckstraat", "Prinses Irenelaan", "Generaal Foulkesweg".
STREET_TITLES = frozenset(
    [
        "burgemeester", "burg", "wethouder", "dokter", "dr", "pastoor", "professor", "prof",
        "generaal", "koningin", "koning", "prins", "prinses", "graaf", "gravin", "hertog",
        "admiraal", "kapitein", "dominee", "ds", "meester", "mr", "pater", "kardinaal",
        "bisschop", "president", "minister", "kolonel", "majoor", "sint", "st", "jonkheer",
    ]
)  # fmt: skip
# Words between a street and its house number: "Kerkstraat nr. 12", "Molenweg no. 3".
NUMBER_WORDS = frozenset(["nr.", "nr", "no.", "no", "nummer", "huisnummer"])
# A unit within the building after the house number: "Industrieweg 7 unit 3", "Rue 4 bus 2".
UNIT_WORDS = frozenset(["unit", "bus", "app", "appartement", "apt", "suite"])
# Numbered postal words that are no street: "Postbus 9100, 2300 PC Leiden".
NO_STREETS = frozenset(["postbus", "antwoordnummer", "pobox"])
# Nouns that take a number and are no street, so "Sanne Smit, Hoofdstuk 4" or "Jan Jansen,
# Kamer 12" is no address (the street lexicon lacks streets that are plain words, so these
# rules cannot ask it).
NUMBERED_NOUNS = frozenset(
    [
        "artikel", "hoofdstuk", "paragraaf", "bijlage", "pagina", "blz", "lid", "sub", "fase",
        "versie", "stap", "week", "dag", "jaar", "maand", "kwartaal", "groep", "klas", "team",
        "lokaal", "zaal", "kamer", "blok", "gebouw", "verdieping", "etage", "vleugel", "toren",
        "ingang", "uitgang", "hal", "balie", "loket", "spoor", "perron", "bus", "lijn", "tram",
        "route", "afslag", "ronde", "sectie", "deel", "module", "sprint", "release", "optie",
        "scenario", "variant", "niveau", "ticket", "incident", "zaak", "dossier", "nummer",
        "punt", "agendapunt", "besluit", "motie", "amendement", "kavel", "perceel", "unit",
        "tafel", "rij", "vak", "stand", "box", "bed", "cel", "windows", "level", "room",
        "floor", "building", "chapter", "section", "article", "page", "step", "phase", "version",
        "week", "day", "year", "group", "class", "gate", "platform", "line", "item", "point",
    ]
)  # fmt: skip
# "woonstichting", "hoveniersbedrijf", "wijkcentrum", "buurthuis", "zwembad" + a name.
ORG_PREFIX_ENDINGS = (
    "stichting", "bedrijf", "centrum", "huis", "bad", "school", "hal", "club", "vereniging",
    # "notariskantoor", "adviesbureau", "tandartspraktijk", "drukkerij", "Park Schothorst"
    "kantoor", "bureau", "praktijk", "erij", "park", "zorg", "opvang", "wijk",
)  # fmt: skip
# Legal forms after a business name: "Van Leeuwen Infra BV", "Bakker & Zn VOF".
LEGAL_FORMS = frozenset(
    ["bv", "b.v.", "bv.", "nv", "n.v.", "vof", "v.o.f.", "cv", "c.v.", "holding", "zn", "zn.",
     "zonen", "ltd", "gmbh", "inc"]
)  # fmt: skip
# Parts of a town after its name: "Breda Zuid", "Amsterdam Noord", "Den Haag Centrum".
TOWN_PARTS = frozenset(
    ["noord", "zuid", "oost", "west", "centrum", "midden", "noordwest", "noordoost", "zuidwest",
     "zuidoost", "north", "south", "east"]
)  # fmt: skip
# Words before an English month that make it a date: "by June", "until May", "in early April".
MONTH_PREPOSITIONS = frozenset(
    ["by", "in", "until", "till", "from", "since", "before", "after", "of", "next", "last",
     "early", "late", "mid", "during", "medio", "eind", "begin", "vanaf", "sinds", "tot"]
)  # fmt: skip
# "Bos-van der Meulen": a double surname whose second part starts with a particle.
DOUBLE_NAME_OPEN = re.compile(r"-(?:van|de|den|der|ter|ten|te|el|al|in|op)$")
PARTICLE_TAILS = frozenset(["van", "de", "den", "der", "het", "'t"])
# Nouns that talk about names as words: "de achternaam Nguyen", "namen als Visser en Smit",
# "a full name like "Van der Berg, Jan"", "is Ng een veelvoorkomende achternaam".
NAME_NOUNS = frozenset(
    [
        "naam", "namen", "achternaam", "achternamen", "voornaam", "voornamen", "familienaam",
        "familienamen", "geslachtsnaam", "geslachtsnamen", "meisjesnaam", "meisjesnamen",
        "jongensnaam", "jongensnamen", "name", "names", "surname", "surnames",
    ]
)  # fmt: skip
PLURAL_NAME_NOUNS = frozenset(
    [
        "namen", "achternamen", "voornamen", "familienamen", "geslachtsnamen", "meisjesnamen",
        "jongensnamen", "names", "surnames",
    ]
)  # fmt: skip
# "X (ook) een veelvoorkomende achternaam", "X is a common surname".
PREDICATE_WORDS = frozenset(["een", "is", "a", "an"])
# Between the noun and the example: "namen als", "names like", a quote.
EXAMPLE_MARKS = frozenset(["als", "zoals", "like", "bijvoorbeeld", '"', "“", "'", "‘", ":"])
# "met de naam Jansen", "een man genaamd Jansen": the name of a person after all.
NAMING_WORDS = frozenset(["met", "genaamd", "heet", "heette", "named", "called", "with", "by"])
# Field labels whose value is a place or an organisation ("Locatie: Jeroen Bosch").
PLACE_LABELS = frozenset(
    [
        "locatie", "plaats", "instelling", "organisatie", "bedrijf", "werkgever", "leverancier",
        "zorgaanbieder", "aanbieder", "adres", "location", "organisation", "organization",
        "employer", "supplier", "hospital",
    ]
)  # fmt: skip
# Words after which a lower-case given name is a person: "met youssef gebeld", "aan priya".
LOWER_NAME_BEFORE = frozenset(
    [
        "met", "aan", "van", "voor", "bij", "door", "namens", "belde", "bel", "mail", "mailde",
        "sprak", "spreek", "gebeld", "gemaild", "gesproken", "with", "to", "from", "called",
        "emailed", "asked", "told",
    ]
)  # fmt: skip
# Words before a place: "in De Bilt", "naar de Rijp", "woont te Den Ham".
LOCATIVE_WORDS = frozenset(
    ["in", "naar", "uit", "te", "bij", "rond", "nabij", "richting", "vanuit", "door", "via"]
)
# Arabic and Berber surnames with a joined article or kinship word: "Al-Hamwi", "El-Khatib",
# "Abu-Ghazaleh", "Ben-Salah", "Ait-Haddou"; the shape alone marks a surname.
PREFIXED_SURNAME = re.compile(
    r"^(?:al|el|abu|abou|ben|bin|ibn|abd|abdel|abdul|ould|ait|aït|bou)-[^\W\d_]{3,}$"
)
# The same articles written joined to a listed name: "Alhasan", "Elkaddouri", "Almohammad".
JOINED_ARTICLE = re.compile(r"^(?:al|el)(?P<rest>[^\W\d_]{4,})$")
# Endings and beginnings that mark a surname of an origin common among residents, so that names
# no list holds are still found: Ukrainian (Kuzmenko, Polishchuk), Russian and Bulgarian
# (Ivanov, Yordanova), Polish (Grabowska, Wojciechowicz), Balkan (Jovanović), Romanian
# (Popescu, Munteanu), Turkish (Karaoğlu), Greek (Papadopoulos, Georgakis), Georgian (Beridze,
# Abashvili), Persian and Afghan (Hosseinzadeh, Mohmandkhel), Surinamese Javanese
# (Kromowidjojo, Pawirodimedjo), Hindustani (Ramsardjoe, Bhagwanpersad, Baldewsingh), Eritrean
# (Weldegiorgis, Ghebremedhin, Habtemikael) and Moluccan (Pattiasina, Latumahina, Tuhuteru).
# They match a dozen Dutch words of the spacy-lookups-data lemma list ("waterski", "supernova")
# and no English one; ``build_lexicons`` lists those as common words, which the shapes skip.
ORIGIN_SURNAME_ENDINGS = (
    "enko", "chuk", "czuk", "iuk", "yuk", "ov", "ova", "ev", "eva", "ski", "ska", "cka", "wicz",
    "vich", "vych", "ović", "ovic", "ević", "evic", "escu", "eanu", "oğlu", "oglu", "opoulos",
    "akis", "shvili", "dze", "zadeh", "khel", "redjo", "kromo", "widjojo", "dimedjo", "semito",
    "sentono", "dirdjo", "wirjo", "karso", "pawiro", "wongso", "djojo", "sardjoe", "persad",
    "poersad", "singh", "nath", "lall", "charan", "autar", "kisoen", "giorgis", "ghiorghis",
    "mariam", "medhin", "mikael", "selassie", "yesus",
)  # fmt: skip
ORIGIN_SURNAME_BEGINNINGS = (
    "ghebre", "tesfa", "habte", "wolde", "haile", "kidane", "okba", "berhe", "andom", "patti",
    "latu", "tuhu", "sahe", "lewe", "huli", "nanlo", "souhu", "tuana",
)  # fmt: skip


def origin_surname(word: str) -> bool:
    """ "kuzmenko", "weldegiorgis", "pattiasina": one of the endings or beginnings above with
    at least three more letters. (String tests, not a regular expression: this runs once for
    every new capitalised word, and an alternation of 60 endings costs ten times as much.)"""
    if not word.isalpha():
        return False
    if word.endswith(ORIGIN_SURNAME_ENDINGS):
        return any(
            word.endswith(end) and len(word) >= len(end) + 3 for end in ORIGIN_SURNAME_ENDINGS
        )
    return word.startswith(ORIGIN_SURNAME_BEGINNINGS) and any(
        word.startswith(start) and len(word) >= len(start) + 3
        for start in ORIGIN_SURNAME_BEGINNINGS
    )


# Possessive endings: "Fatima's moeder", "Karims dossier" (Dutch writes "'s" after a vowel).
POSSESSIVE_MARKS = ("'s", "’s")
# Heads that make a name before them a place or organisation even in lower case, as English
# writes them: "the Van Gogh district", "the Erasmus bridge", "het Van Gogh museum".
LOWER_CASE_HEADS = frozenset(
    [
        "district", "museum", "foundation", "hospital", "ziekenhuis", "college", "university",
        "universiteit", "institute", "instituut", "centre", "center", "bridge", "tunnel",
        "stadium", "stadion", "arena", "award", "academy", "academie", "library", "square",
        "street", "avenue", "road", "lane", "neighbourhood", "neighborhood", "quarter",
    ]
)  # fmt: skip
# Words shortly before a capitalised word + number that make it an address.
ADDRESS_CONTEXT = frozenset(
    [
        "adres",
        "woonadres",
        "postadres",
        "bezoekadres",
        "huisadres",
        "woont",
        "wonende",
        "wonend",
        "woonachtig",
        "thuis",
        "verhuisd",
        "verhuist",
        "ingeschreven",
        # the property itself: "het object Rietgors 23", "de woning Tjalk 4"
        "object",
        "woz-object",
        "pand",
        "woning",
        "perceel",
    ]
)


MONTHS_AND_DAYS = frozenset(
    [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ]
)  # fmt: skip
# Months that are also given names ("31 August", "1 June", "3 May").
MONTH_NAMES = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "januari", "februari", "maart", "mei", "juni", "juli",
        "augustus", "oktober",
    ]
)  # fmt: skip
PHRASE_ENDS = frozenset([",", ".", "!", "?", ";", ":", ")"])
# Field separators in CSV rows and tables: "pkowal;Paulina Kowalska;p.kowalska@...".
FIELD_SEPARATORS = frozenset([";", "|"])
# Endings of Dutch nouns that follow a role word without being a name: "wethouder Onderwijs",
# "medewerker Handhaving", "collega Burgerzaken", "wethouder Economie".
NOUN_ENDINGS = (
    "en", "ën", "ing", "heid", "schap", "teit", "ijs", "ie", "iek", "eid", "uur", "eugd",
    "org", "ort", "eer", "ouw", "ap",
)  # fmt: skip


# Endings of department names after "van" that are no surname: "van Financiën", "van
# Burgerzaken", "van Handhaving", "van Veiligheid".
DEPARTMENT_NOUN_ENDINGS = ("ën", "ing", "heid", "zaken", "schap", "teit")


# Further noun endings that rule out a name joined by "en" ("Aksoy Bouw en Onderhoud").
JOINED_NOUN_ENDINGS = ("oud", "werk", "zorg", "bouw", "advies", "beheer", "techniek", "service")


# Endings of trade and sector nouns in business names after a surname: "Kamphuis Bewindvoering",
# "Hoogendoorn Hoveniers", "Rudolf Steiner Zorg", "Aksoy Bouw" (known names excepted: "Fleming").
BUSINESS_ENDINGS = (*JOINED_NOUN_ENDINGS, "ing", "iers", "ders", "ties", "park", "groep")


# Trades of one-person businesses named after their owner: "Marijke Holtrop Advies".
SOLE_TRADE_ENDINGS = (
    "advies", "bouw", "techniek", "service", "werk", "werken", "fotografie", "coaching",
    "consultancy", "schilderwerken", "installaties", "vertalingen", "ontwerp", "design",
)  # fmt: skip


# Last words of closing lines; the name on the next line, or after the comma, is the sender's.
CLOSINGS = frozenset(
    [
        "groet",
        "groeten",
        "groetjes",
        "regards",
        "bedankt",
        "sincerely",
        "cheers",
        "thanks",
        "best",
        "gr",
        "grt",
        "grtz",
        "mvg",
    ]
)
# "esra en bogdan": a given name joined to a name found just before it.
CONJUNCTIONS = frozenset(["en", "and", "&", "of", "or"])
# Verbs that follow a person as subject: "Peter is ziek", "Daan heeft een hartinfarct". They let a
# given name that is also a word ("Peter", "Daan") stand alone at the start of a sentence.
PERSON_SUBJECT_VERBS = frozenset(
    [
        "is", "was", "heeft", "had", "wil", "wilde", "gaat", "ging", "zit", "zat", "woont",
        "werkt", "belde", "vraagt", "vroeg", "krijgt", "kreeg", "zegt", "zei", "komt", "kwam",
        "kan", "kon", "moet", "moest", "mailde", "meldt", "meldde", "ontvangt", "ligt", "lag",
    ]
)  # fmt: skip
MAX_CAPS_NAME_TOKENS = 5


# Street words that stand alone before a house number ("Markt 12", "Brink 3").
STANDALONE_STREETS = frozenset(
    ["markt", "brink", "plein", "dam", "haven", "kade", "wal", "singel", "dijk"]
)


# A compound of at least three letters + a street suffix: "Kerkstraat", not "Noord" (N + oord).
STREET_COMPOUND = re.compile(r"^.{3,}(?:" + "|".join(STREET_SUFFIXES) + r")$")


# Frisian street words ("Tsjerkestrjitte", "Wâldwei", "Skoallepaed"), which the street
# lexicon often lacks.
FRISIAN_STREET_COMPOUND = re.compile(r"^.{3,}(?:strjitte|wei|dyk|leane|loane|paed|buorren)$")


def is_street_word(lower: str) -> bool:
    """True for "Kerkstraat", "Oudegracht", "Markt"; not for "Noord" or "Hoek"."""
    return (
        lower in STANDALONE_STREETS
        or STREET_COMPOUND.match(lower) is not None
        or FRISIAN_STREET_COMPOUND.match(lower) is not None
    )


class _Tok(NamedTuple):
    """The few token facts the rules need, computed once per word (see ``_TokenFacts``)."""

    text: str
    text_ws: str  # the text with one trailing space, to rebuild the document text cheaply
    lower: str
    cap: bool
    name_word: bool
    sentence_start: bool
    may_open_name: bool  # capitalised and no plain word, or a known lower-case name start
    may_open_org: bool  # first word of an organisation named after a person
    may_be_number: bool  # starts with 1-9, so it may be a house number
    shaped_surname: bool  # a surname by its shape, though no list holds it ("Al-Hamwi")


# The same word recurs within and across prompts; its facts are computed once. The cache holds
# token strings in memory only, as spaCy's own vocabulary does; it is emptied when full.
_TOK_CACHE_SIZE = 50_000
SENTENCE_END_IDS = frozenset(get_string_id(mark) for mark in SENTENCE_END)


class _TokenFacts:
    """Builds the ``_Tok`` list of a document from spaCy's token arrays, with a cache per
    word (one for sentence starts, one for other positions)."""

    def __init__(
        self,
        never_opens_name: frozenset[str],
        lower_case_openers: frozenset[str],
        orgs: frozenset[str],
        names: tuple[frozenset[str], frozenset[str]],
        not_names: tuple[frozenset[str], ...],
    ) -> None:
        self.names = names
        self.first_names, self.surnames = names
        self.not_names = not_names
        self.never_opens_name = never_opens_name
        self.lower_case_openers = lower_case_openers
        self.org_first_words = orgs
        self.caches: tuple[dict[int, _Tok], dict[int, _Tok]] = ({}, {})

    def __call__(self, doc: Doc) -> list[_Tok]:
        orths: list[int] = doc.to_array(ORTH).tolist()
        strings = doc.vocab.strings
        if len(self.caches[0]) > _TOK_CACHE_SIZE:
            self.caches = ({}, {})
        get = self.caches[False].get
        toks = [get(orth) or self._new(orth, strings, False) for orth in orths]
        get_start = self.caches[True].get
        for i in self._sentence_starts(doc, orths):
            toks[i] = get_start(orths[i]) or self._new(orths[i], strings, True)
        return toks

    @staticmethod
    def _sentence_starts(doc: Doc, orths: list[int]) -> list[int]:
        """Tokens after an end mark or a line break; whitespace without a line break (double
        spaces, tabs; rare) is looked through."""
        ends = {i for i, orth in enumerate(orths) if orth in SENTENCE_END_IDS}
        for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
            if "\n" in doc.vocab.strings[orths[i]] or i == 0 or i - 1 in ends:
                ends.add(i)
        starts = [i + 1 for i in ends if i + 1 < len(orths)]
        return [0, *starts] if orths else []

    def _shaped_surname(self, lower: str) -> bool:
        """ "al-hamwi", "abu-ghazaleh"; "alhasan", "elkaddouri" (article + a listed name that
        is no word); "kuzmenko", "weldegiorgis" (an ending of origin); never a listed name,
        word, place or street ("alkmaar", "elders"). The shapes are tested first: most words
        have none, so the word lists are asked only for the few that do."""
        if len(lower) < 5 or lower in self.first_names or lower in self.surnames:
            return False
        if "-" in lower:
            return PREFIXED_SURNAME.match(lower) is not None or self._double_surname(lower)
        joined = JOINED_ARTICLE.match(lower) if lower.startswith(("al", "el")) else None
        rest = joined["rest"] if joined is not None else ""
        origin = origin_surname(lower)
        if not (origin or rest in self.first_names or rest in self.surnames):
            return False
        return not self._is_word(lower) and (origin or not self._is_word(rest))

    def _is_word(self, word: str) -> bool:
        return any(word in words for words in self.not_names)

    def _double_surname(self, lower: str) -> bool:
        """ "zuidema-bakker", "jansen-post": two listed surnames joined as a married name is
        written, not a place or word ("noord-holland") and not two ordinary words only."""
        parts = lower.split("-")
        return (
            len(parts) == 2
            and all(len(part) >= 2 and part in self.surnames for part in parts)
            and not all(self._is_word(part) for part in parts)
            and not self._is_word(lower)
        )

    def _possessive_base(self, text: str, lower: str) -> str | None:
        """ "fatima's" -> "fatima", "karims" -> "karim": a listed given name or surname with a
        possessive ending; the plain "-s" only after a given name that is no Dutch or English
        word ("Lines"). Not the plural of an abbreviation ("IBAN's", "SIEMs")."""
        if text[1:-1].rstrip("'’").isupper():
            return None
        if lower.endswith(POSSESSIVE_MARKS):
            base = lower[:-2]
            listed = len(base) >= 3 and any(base in names for names in self.names)
            return base if listed else None
        base = lower[:-1]
        first_names = self.names[0]
        if (
            len(base) >= 4
            and base in first_names
            and not any(lower in words or base in words for words in self.not_names)
        ):
            return base
        return None

    def _new(self, orth: int, strings: StringStore, sentence_start: bool) -> _Tok:
        text = strings[orth]
        lower = text.lower()
        cap = text[:1].isupper()
        # Plain conditions, no generators: this runs for every new word of every prompt.
        listed = (cap or not lower.isascii()) and (
            lower in self.first_names or lower in self.surnames
        )
        if not listed and not lower.isascii():
            folded = ascii_fold(lower)  # "Gülşen" is listed as "Gulsen" only
            if folded in self.first_names or folded in self.surnames:
                lower = folded
                listed = True
        if cap and not listed and lower[-1:] == "s":
            lower = self._possessive_base(text, lower) or lower
        tok = _Tok(
            text=text,
            text_ws=text + " ",
            lower=lower,
            cap=cap,
            name_word=text.isalpha() or NAME_WORD.match(text) is not None,
            sentence_start=sentence_start,
            may_open_name=(
                (cap and lower not in self.never_opens_name) or lower in self.lower_case_openers
            ),
            may_open_org=lower in self.org_first_words,
            may_be_number="1" <= text[:1] <= "9",
            shaped_surname=cap and not listed and self._shaped_surname(lower),
        )
        self.caches[sentence_start][orth] = tok
        return tok


class NameFinder:
    """Adds PERSON and ADDRESS spans to ``doc.ents``; entities set earlier in the pipeline are
    kept where they do not overlap these."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lex = lexicons
        self.org_first_words = frozenset(item.split()[0] for item in lexicons.organisations)
        self.org_head_suffixes = tuple(head for head in lexicons.org_heads if len(head) >= 4)
        self.max_org_words = max(len(item.split()) for item in lexicons.organisations)
        # "van" -> [["der"], ["den"], ..., []]: the rest of each tussenvoegsel, longest first.
        tails: dict[str, list[list[str]]] = {}
        for item in lexicons.tussenvoegsels:
            first, *rest = item.split()
            tails.setdefault(first, []).append(rest)
        self.tv_tails = {
            first: sorted(rests, key=len, reverse=True) for first, rests in tails.items()
        }
        self.tv_first_words = frozenset(tails)
        self.tv_words = frozenset(word for item in lexicons.tussenvoegsels for word in item.split())
        self.lower_case_starters = self.tv_first_words | lexicons.first_names
        self.name_start_words = self.lower_case_starters | lexicons.surnames
        # Capitalised words that cannot begin a name ("Maak", "Welke"): skipped at once.
        self.never_name_start = (
            lexicons.common_words - lexicons.first_names - lexicons.surnames - self.tv_first_words
        )
        self.token_facts = _TokenFacts(
            self.never_name_start,
            self.lower_case_starters,
            self.org_first_words,
            (lexicons.first_names, lexicons.surnames),
            (
                lexicons.common_words, lexicons.word_names, lexicons.places, lexicons.streets,
                lexicons.word_streets, lexicons.org_heads, lexicons.eponyms,
                lexicons.english_word_names,
            ),
        )  # fmt: skip
        self.slots = NameSlots(lexicons)

    def __call__(self, doc: Doc) -> Doc:
        toks = self.token_facts(doc)
        numbers = [n for n, tok in enumerate(toks) if tok.may_be_number and n > 0]
        if numbers and self._split_after_street(doc, toks, numbers):
            toks = self.token_facts(doc)
            numbers = [n for n, tok in enumerate(toks) if tok.may_be_number and n > 0]
        taken: set[int] = set()
        slot_spans = self._slot_spans(doc, toks)
        addresses = self.find_addresses(toks, numbers)
        spans = [Span(doc, s, e, label="ADDRESS") for s, e in addresses]
        spans += [span for span in slot_spans if span.label_ == "ADDRESS"]
        for span in spans:
            taken.update(range(span.start, span.end))
        org_starts = [i for i, tok in enumerate(toks) if tok.may_open_org]
        taken.update(self._organisation_tokens(toks, org_starts))
        seeded = [(span.start, span.end) for span in slot_spans if span.label_ == "PERSON"]
        persons = self.find_persons(toks, self._person_candidates(toks), taken, seeded)
        persons, their_addresses = self._addresses_after_persons(toks, persons, taken)
        spans += [Span(doc, s, e, label="ADDRESS") for s, e in their_addresses]
        spans += [Span(doc, s, e, label="PERSON") for s, e in persons]
        spans = filter_spans(spans)
        covered = {i for span in spans for i in range(span.start, span.end)}
        # Entities from earlier components (a statistical NER) fill the gaps; rules win.
        kept = [ent for ent in doc.ents if not covered.intersection(range(ent.start, ent.end))]
        doc.ents = sorted(spans + kept, key=lambda span: span.start)
        return doc

    def _slot_spans(self, doc: Doc, toks: list[_Tok]) -> list[Span]:
        """PERSON and ADDRESS values in header fields, JSON keys, table columns and chats."""
        # doc.text makes a Token object per word; the cached token strings are much cheaper.
        spaces = doc.to_array(SPACY).tolist()
        text = "".join(
            [tok.text_ws if space else tok.text for tok, space in zip(toks, spaces, strict=True)]
        )
        spans = []
        for start, end, label in self.slots.find(text):
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(span)
        return spans

    # ------------------------------------------------------------------ addresses

    def _split_after_street(self, doc: Doc, toks: list[_Tok], numbers: list[int]) -> bool:
        """Split tokens that hide a house number after a street: the dot of a toevoeging that
        ends a sentence ("Stationsweg 1 A."), and the next field of a comma-separated row
        that the tokenizer read as one number ("Kerkpad 9,388.15" -> "9", ",", "388.15")."""
        to_split: list[tuple[int, list[str]]] = []
        for n in numbers:
            split: tuple[int, list[str]] | None = None
            if (
                n + 1 < len(toks)
                and len(toks[n + 1].text) == 2
                and LETTER_WITH_DOT.match(toks[n + 1].text)
                and HOUSE_NUMBER.match(toks[n].text)
            ):
                split = (n + 1, [toks[n + 1].text[0], "."])
            elif (
                "," in toks[n].text
                and (glued := GLUED_FIELD.match(toks[n].text))
                and (n + 1 == len(toks) or toks[n + 1].lower not in NOT_HOUSE_NUMBER_AFTER)
            ):
                split = (n, [glued.group(1), ",", glued.group(2)])
            street = toks[n - 1].lower
            if split and (is_street_word(street) or street in self.lex.streets):
                to_split.append(split)
        if to_split:
            with doc.retokenize() as retokenizer:
                for i, pieces in to_split:
                    token = doc[i]
                    # The lemma step ran before this one: give the pieces their lemma too.
                    lemmas = [piece.lower() for piece in pieces]
                    heads: list[Token | tuple[Token, int]] = [(token, 0)] * len(pieces)
                    retokenizer.split(token, pieces, heads=heads, attrs={"LEMMA": lemmas})
        return bool(to_split)

    def find_addresses(self, toks: list[_Tok], numbers: list[int]) -> list[tuple[int, int]]:
        """Street + house number (+ toevoeging) around the number tokens ``numbers``."""
        found = []
        unplaced = []
        for n in numbers:
            if not HOUSE_NUMBER.match(toks[n].text):
                continue
            if n + 1 < len(toks) and toks[n + 1].lower in NOT_HOUSE_NUMBER_AFTER:
                continue
            start = self._street_start(toks, n)
            if start is None and n >= 2 and toks[n - 1].lower in NUMBER_WORDS:
                start = self._street_start(toks, n - 1)  # "Kerkstraat nr. 12"
            elif (
                start is None
                and n >= 3
                and toks[n - 1].text == "."
                and toks[n - 2].lower in NUMBER_WORDS
            ):
                start = self._street_start(toks, n - 2)  # "Molenweg no. 3" (tokens "no", ".")
            if start is None:
                unplaced.append(n)
                continue
            end = self._number_end(toks, n)
            found.append((start, end))
        if found and unplaced:
            # A street found in an address is a street again with another number: "object
            # Rietgors 23 ... hij noemt Rietgors 7 als vergelijking".
            streets = {toks[start].lower for start, end in found if toks[start].cap}
            for n in unplaced:
                if toks[n - 1].cap and toks[n - 1].lower in streets:
                    found.append((n - 1, self._number_end(toks, n)))
        return found

    def _number_end(self, toks: list[_Tok], n: int) -> int:
        """End of house number n with its toevoeging."""
        end = n + 1
        if [tok.lower for tok in toks[end : end + 3]] == ["t", "/", "o"]:
            end += 3  # "Kade 12 t/o": a houseboat opposite number 12
        elif (
            end < len(toks) and TOEVOEGING.match(toks[end].text) and self._is_toevoeging(toks, end)
        ):
            end += 1
        if (
            end + 1 < len(toks)
            and toks[end].lower.rstrip(".") in UNIT_WORDS
            and toks[end + 1].may_be_number
            and len(toks[end + 1].text) <= 4
        ):
            end += 2  # "Industrieweg 7 unit 3"
        return end

    def _addresses_after_persons(
        self, toks: list[_Tok], persons: list[tuple[int, int]], taken: set[int]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Right after a name, a street that is also a plain word and a house number are the
        person's address: "Wojciech Lewandowski, Akkerwinde 3", "buurman Vasile Dumitru van
        Koekoeksbloem 7" (the name rules read "van Koekoeksbloem" as a surname; it is cut off
        the name)."""
        kept: list[tuple[int, int]] = []
        addresses: list[tuple[int, int]] = []
        for start, end in persons:
            street = None
            if end + 2 < len(toks) and toks[end].text == ",":
                street = end + 1
            elif (
                end - start >= 3
                and end < len(toks)
                and toks[end - 2].lower == "van"
                and toks[end - 1].lower not in self.lex.surnames
            ):
                street = end - 1
            if street is not None and self._word_street_number(toks, street, taken):
                number_end = street + 2
                if number_end < len(toks) and self._is_toevoeging_at(toks, number_end):
                    number_end += 1
                addresses.append((street, number_end))
                end = min(end, street - 1)  # "Vasile Dumitru" without "van Koekoeksbloem"
            kept.append((start, end))
        return kept, addresses

    def _word_street_number(self, toks: list[_Tok], i: int, taken: set[int]) -> bool:
        """toks[i] is a street that is also a plain word ("Akkerwinde", which the rules read
        as a word elsewhere), and toks[i + 1] is a house number. Not "Hoofdstuk 4"."""
        street = toks[i]
        n = i + 1
        return (
            n < len(toks)
            and street.cap
            and i not in taken
            and (street.lower in self.lex.word_streets or street.lower in self.lex.streets)
            and street.lower not in NUMBERED_NOUNS
            and HOUSE_NUMBER.match(toks[n].text) is not None
            and (n + 1 == len(toks) or toks[n + 1].lower not in NOT_HOUSE_NUMBER_AFTER)
        )

    def _is_toevoeging_at(self, toks: list[_Tok], i: int) -> bool:
        return TOEVOEGING.match(toks[i].text) is not None and self._is_toevoeging(toks, i)

    def _is_toevoeging(self, toks: list[_Tok], i: int) -> bool:
        """A lone capital after the number is a toevoeging ("Kerkstraat 12 A in Leiden"); a
        lower-case letter only when no lower-case word follows ("Kerkstraat 12 a en b": no)."""
        if len(toks[i].text) > 1 or toks[i].text.isupper():
            return True
        after = toks[i + 1] if i + 1 < len(toks) else None
        return after is None or not after.name_word or after.sentence_start or after.cap

    def _street_start(self, toks: list[_Tok], n: int) -> int | None:
        """Index of the first token of the street name ending right before token n."""
        last = toks[n - 1]
        suffixed = is_street_word(last.lower)
        # Typed in lower case: "bijlmerdreef 1045", "ze woont op esweg 31".
        lower_street = (
            not last.cap
            and last.name_word
            and (suffixed or last.lower in self.lex.streets or last.lower in self.lex.word_streets)
        )
        if not (last.cap and last.name_word) and not suffixed and not lower_street:
            return None
        for k in range(min(MAX_STREET_TOKENS, n), 0, -1):
            first = toks[n - k]
            if not (
                first.cap
                or ORDINAL.match(first.text)
                or (lower_street and suffixed and first.name_word)  # "kamerlingh onneslaan"
            ):
                continue
            name = toks[n - 1].lower if k == 1 else " ".join(self._text(toks, n - k, n).split())
            if name.lower() in self.lex.streets:
                if k == 1 and last.cap and suffixed:
                    # "Kapelaan Pendersstraat": capitalised words before it, but no particle
                    # ("Sylvia Kortenhoeven van Tuinstraat 61": "van" is a preposition here)
                    return self._extend_street_left(toks, n - 1, particles=False)
                return n - k
        if last.cap and suffixed:
            return self._extend_street_left(toks, n - 1)
        head = self._street_from_head(toks, n)
        if head is None and last.name_word and not last.text.isupper():
            before = toks[max(0, n - 4) : n - 1]
            if (
                (last.cap or suffixed or lower_street)
                and last.lower not in NO_STREETS
                and last.lower not in NUMBERED_NOUNS
                and (
                    any(tok.lower in ADDRESS_CONTEXT for tok in before)
                    or self._postcode_after(toks, n)
                )
            ):
                return n - 1  # "op zijn adres Waterlelie 44", "woont aan de vondelstraat 7",
                # "Tjalk 33, 8232 LG Lelystad"
        return head

    @staticmethod
    def _postcode_after(toks: list[_Tok], n: int) -> bool:
        """A postcode right after house number n (and its toevoeging or a comma): "Tjalk 33,
        8232 LG", "bijlmerdreef 1045 1103 TW", "Noordeinde 44-B, 2514GL"."""
        p = n + 1
        if p < len(toks) and len(toks[p].text) <= 3 and TOEVOEGING.match(toks[p].text):
            p += 1
        if p < len(toks) and toks[p].text == ",":
            p += 1
        if p < len(toks) and toks[p].text.strip(" \t") == "\n":
            p += 1  # the postcode line of a letter address ("Akkerwinde 23\n5262 KD Vught")
        if p >= len(toks) or not toks[p].may_be_number:
            return False
        if POSTCODE_JOINED.match(toks[p].text):
            return True
        return (
            p + 1 < len(toks)
            and POSTCODE_DIGITS.match(toks[p].text) is not None
            and POSTCODE_LETTERS.match(toks[p + 1].text) is not None
        )

    def _extend_street_left(self, toks: list[_Tok], j: int, *, particles: bool = True) -> int:
        """Include capitalised words and particles before a suffix word ("Burgemeester de
        Withstraat"), but not the sentence around it ("op de Kerkstraat")."""
        start = j
        i = j - 1
        while i >= 0 and j - i < MAX_STREET_TOKENS and not toks[start].sentence_start:
            tok = toks[i]
            if tok.cap and tok.lower.rstrip(".") in STREET_TITLES:
                start = i  # "Burgemeester Ruijsstraat": the title opens the street name
                break
            if tok.cap and tok.name_word and self._street_word(tok):
                start = i
                if tok.sentence_start:
                    break
            elif ORDINAL.match(tok.text):
                start = i
                break
            elif not particles or tok.lower not in STREET_PARTICLES:
                break
            i -= 1
        return start

    def _street_word(self, tok: _Tok) -> bool:
        return not (
            tok.lower in self.lex.titles
            or tok.lower in self.lex.roles
            or tok.lower in ADDRESS_CONTEXT
            or (tok.sentence_start and tok.lower in self.lex.common_words)
        )

    def _street_from_head(self, toks: list[_Tok], n: int) -> int | None:
        """A street head word, particles and capitalised words: "Laan van Meerdervoort 35"."""
        for i in range(n - 2, max(-1, n - MAX_STREET_TOKENS), -1):
            tok = toks[i]
            if tok.cap and tok.lower in STREET_HEADS:
                return i
            if not ((tok.cap and tok.name_word) or tok.lower in STREET_PARTICLES):
                return None
        return None

    @staticmethod
    def _text(toks: list[_Tok], start: int, end: int) -> str:
        return " ".join(tok.text for tok in toks[start:end])

    # ------------------------------------------------------------------ organisations

    def _organisation_tokens(self, toks: list[_Tok], starts: list[int]) -> set[int]:
        covered: set[int] = set()
        for i in starts:
            for k in range(min(self.max_org_words, len(toks) - i), 0, -1):
                if " ".join(t.lower for t in toks[i : i + k]) in self.lex.organisations:
                    if not (
                        i > 0
                        and toks[i].lower in self.tv_first_words
                        and self._is_first_name(toks[i - 1])
                    ) and not self._name_as_field_value(toks, i, k):
                        covered.update(range(i, i + k))
                    break
        return covered

    def _name_as_field_value(self, toks: list[_Tok], i: int, k: int) -> bool:
        """ "contact uitvoerder: Jeroen Bosch, 06 …": an organisation entry that is a given
        name and a surname, as the value of a field, is the person; the field's label decides
        ("Pieter-Bas van Oord" after a given name, handled above, is the other such case)."""
        label = toks[i - 2].lower if i >= 2 else ""
        return (
            k == 2
            and i > 0
            and (toks[i - 1].text == ":" or toks[i - 1].text in FIELD_SEPARATORS)
            and label not in self.lex.org_heads
            and label not in PLACE_LABELS
            and self._is_first_name(toks[i])
            and (i + k == len(toks) or not toks[i + k].cap)
        )

    # ------------------------------------------------------------------ persons

    def find_persons(
        self,
        toks: list[_Tok],
        candidates: list[int],
        taken: set[int],
        seeded: list[tuple[int, int]] | None = None,
    ) -> list[tuple[int, int]]:
        """Names by the token rules; ``seeded`` names (found by their slot) win over them."""
        found: list[tuple[int, int]] = []
        next_free = 0
        for i in candidates:
            if i < next_free or i in taken:
                continue
            span = self._person_at(toks, i)
            if span is None and found and self._joined_given_name(toks, i, found[-1]):
                span = (i, i + 1)
            if span is None:
                if toks[i].lower in self.tv_first_words and self._org_word_before(toks, i + 1):
                    # "Stichting Van Gogh Erfgoed": not "Gogh" either
                    next_free = (self._tussenvoegsel_end(toks, i) or i + 1) + 1
                continue
            span = self._extend(toks, self._extend_left(toks, span))
            if taken.intersection(range(*span)) or not self._plausible(toks, span):
                if self._context_before(toks, span[0]) == "org":
                    next_free = span[1]  # "Taxibedrijf El Idrissi": not "Idrissi" either
                continue
            if found and found[-1][1] >= span[0]:
                # "Moeder Fereshteh" + "Rahimi"; "Mateus Oliveira" + "(Oliveira) da Silva"
                span = (min(found.pop()[0], span[0]), span[1])
            found.append(span)
            next_free = span[1]
            if self._called_name_after(toks, span[1]):
                found.append((span[1] + 1, span[1] + 2))  # "dhr. Ramsaran (Ravi)"
                next_free = span[1] + 3
        if seeded:
            seeded_tokens = {k for start, end in seeded for k in range(start, end)}
            found = [span for span in found if not seeded_tokens.intersection(range(*span))]
            found = sorted(
                found + [span for span in seeded if not taken.intersection(range(*span))]
            )
        found = self._list_neighbours(toks, found, taken)
        found = self._later_mentions(toks, found, taken)
        return self._without_names_as_words(toks, found, set(seeded or ()))

    def _without_names_as_words(
        self, toks: list[_Tok], found: list[tuple[int, int]], seeded: set[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Drop lone names that a prompt talks about as words, not as people: "Hoe spreek je
        de naam Nguyen uit?", "is Ng een veelvoorkomende achternaam", "namen als Visser, Smit
        en Mulder", and a list of three or more bare surnames in a prompt about "achternamen".
        Names after a title or role, in a slot, or with a given name stay."""
        lone = [
            k
            for k, span in enumerate(found)
            if span not in seeded
            and self._lone_name(toks, span)
            and self._context_before(toks, span[0]) not in ("title", "role")
        ]
        if not lone:
            return found
        dropped = {
            k
            for k in lone
            if self._name_noun_before(toks, found[k][0]) or self._name_noun_after(toks, found[k][1])
        }
        runs = self._joined_runs(toks, found, lone)
        for run in runs:
            if dropped.intersection(run) or (
                len(run) >= 3 and any(tok.lower in PLURAL_NAME_NOUNS for tok in toks)
            ):
                dropped.update(run)
        if not dropped:
            return found
        return [span for k, span in enumerate(found) if k not in dropped]

    def _lone_name(self, toks: list[_Tok], span: tuple[int, int]) -> bool:
        """One name word, maybe after a particle: "Nguyen", "De Jong", "Van den Berg"."""
        start, end = span
        words = [k for k in range(start, end) if toks[k].lower not in self.tv_words]
        return len(words) == 1 and INITIALS.match(toks[words[0]].text) is None

    @staticmethod
    def _name_noun_before(toks: list[_Tok], start: int) -> bool:
        k = start - 1
        while k >= 0 and start - k <= 2 and toks[k].lower in EXAMPLE_MARKS:
            k -= 1
        if k < 0 or toks[k].lower not in NAME_NOUNS:
            return False
        return not any(tok.lower in NAMING_WORDS for tok in toks[max(0, k - 2) : k])

    @staticmethod
    def _name_noun_after(toks: list[_Tok], end: int) -> bool:
        """ "Ng een veelvoorkomende achternaam", "is Tran ook een achternaam", "Jansen is a
        common surname"."""
        verbs = [k for k in (end, end + 1) if k < len(toks) and toks[k].lower in PREDICATE_WORDS]
        return bool(verbs) and any(
            tok.lower in NAME_NOUNS for tok in toks[verbs[0] + 1 : verbs[0] + 4]
        )

    @staticmethod
    def _joined_runs(
        toks: list[_Tok], found: list[tuple[int, int]], lone: list[int]
    ) -> list[list[int]]:
        """Lone names in a list, joined by commas, "en", "of", "and", "or": index runs."""
        runs: list[list[int]] = []
        for k in lone:
            if runs and runs[-1][-1] == k - 1:
                gap = toks[found[k - 1][1] : found[k][0]]
                if len(gap) == 1 and (gap[0].text == "," or gap[0].lower in CONJUNCTIONS):
                    runs[-1].append(k)
                    continue
            runs.append([k])
        return runs

    def _list_neighbours(
        self, toks: list[_Tok], found: list[tuple[int, int]], taken: set[int]
    ) -> list[tuple[int, int]]:
        """ "Siddharth Iyer and Nomvula Dlamini", "Kaveh en Ngo Thi Lan", "Amara en
        Ikechukwu": capitalised words no lexicon holds, joined by "en" or a comma to a name
        found, are names too (one or two words: given name and surname)."""
        if not found:
            return found
        covered = {k for start, end in found for k in range(start, end)} | taken
        added: list[tuple[int, int]] = []
        for start, end in found:
            aged = end + 2 < len(toks) and self._is_age(toks[end])
            if aged:
                end += 1  # "(Selam 9, Yonatan 6 en Ruth 2)": past the age
            if end + 1 < len(toks) and self._joins(toks[end]):
                j = end + 1
                k = j
                while k < len(toks) and k - j < 2 and self._unknown_name_word(toks[k]):
                    k += 1
                nxt = toks[k] if k < len(toks) else None
                # After a comma only inside a list ("A, B en C"), not an apposition.
                listed = toks[end].text != "," or (nxt is not None and self._joins(nxt))
                if aged and k == j + 1 and nxt is not None and self._is_age(nxt):
                    # another child with an age: "Yonatan 6" is no street and number here
                    ok = not covered.intersection(range(j, k)) and not self._street_like(toks[j])
                else:
                    ok = (
                        k > j
                        and listed
                        and not (nxt and ((nxt.cap and nxt.name_word) or nxt.may_be_number))
                        and not covered.intersection(range(j, k))
                        and self._plausible(toks, (j, k))
                    )
                if ok:
                    added.append((j, k))
                    covered.update(range(j, k))
            if start >= 2 and toks[start - 1].lower in CONJUNCTIONS:
                k = start - 1
                j = k
                while j > 0 and k - j < 2 and self._unknown_name_word(toks[j - 1]):
                    j -= 1
                if j == k and self._is_first_name(toks[k - 1]) and self._is_first_name(toks[start]):
                    j -= 1  # "Bas en Ingrid Verhoeven-Lam": a given name that is also a word
                prev = toks[j - 1] if j > 0 else None
                name_before = prev and prev.cap and prev.name_word and not prev.sentence_start
                if (
                    j < k
                    and not name_before
                    and not covered.intersection(range(j, k))
                    and self._plausible(toks, (j, k))
                ):
                    added.append((j, k))
                    covered.update(range(j, k))
        return sorted(found + added) if added else found

    def _street_like(self, tok: _Tok) -> bool:
        return (
            is_street_word(tok.lower)
            or tok.lower in self.lex.streets
            or tok.lower in self.lex.word_streets
        )

    @staticmethod
    def _is_age(tok: _Tok) -> bool:
        return len(tok.text) <= 2 and tok.text.isdigit()

    @staticmethod
    def _joins(tok: _Tok) -> bool:
        return tok.lower in CONJUNCTIONS or tok.text == ","

    def _unknown_name_word(self, tok: _Tok) -> bool:
        """A capitalised word that may be a name no lexicon holds: no ordinary word, place,
        organisation head, eponym, month, role, title or street."""
        lower = tok.lower
        return (
            tok.cap
            and tok.name_word
            and not tok.text.isupper()
            and lower not in self.lex.common_words
            and lower not in self.lex.places
            and lower not in self.lex.org_heads
            and lower not in self.lex.org_prefixes
            and lower not in self.lex.eponyms
            and lower not in self.lex.roles
            and lower not in self.lex.titles
            and lower not in self.tv_words
            and lower not in MONTHS_AND_DAYS
            and lower not in self.lex.word_names
            and not lower.endswith(STRONG_STREET_SUFFIXES)
            and not lower.endswith(NOUN_ENDINGS + JOINED_NOUN_ENDINGS)
            and not self._ends_in_org_head(lower)
        )

    def _joined_given_name(self, toks: list[_Tok], i: int, last: tuple[int, int]) -> bool:
        """ "esra en bogdan", "gert-jan, esra": a lower-case given name after a name and "en"
        or a comma."""
        tok = toks[i]
        return (
            not tok.cap
            and last[1] == i - 1
            and (toks[i - 1].lower in CONJUNCTIONS or toks[i - 1].text == ",")
            and tok.lower in self.lex.first_names
            and tok.lower not in self.lex.common_words
        )

    def _later_mentions(
        self, toks: list[_Tok], found: list[tuple[int, int]], taken: set[int]
    ) -> list[tuple[int, int]]:
        """A given name or surname found as part of a name is a name elsewhere in the prompt
        too ("Li Wei reported ... Wei had restarted it", "ravi bissessar ... loon ravi"). Words
        that are also ordinary words count only where they are capitalised. A repeat of the
        whole name is taken whole ("Van: Marjolein Sterk" ... "Marjolein Sterk" as signature)."""
        if not found:
            return found
        parts = {
            toks[k].lower
            for start, end in found
            for k in range(start, end)
            if toks[k].name_word
            and len(toks[k].text) > 2
            and toks[k].lower not in self.tv_words
            and toks[k].lower not in self.lex.common_words
            and toks[k].lower not in self.lex.titles
            and toks[k].lower not in self.lex.roles
            and toks[k].lower not in self.lex.places
        }
        covered = {k for start, end in found for k in range(start, end)} | taken
        extra = [
            (k, k + 1)
            for k, tok in enumerate(toks)
            if tok.lower in parts
            and k not in covered
            and (tok.cap or tok.lower not in self.lex.word_names)
            and self._plausible(toks, (k, k + 1))  # not "Grondverzet Postma BV"
            and not self._org_word_before(toks, k)  # not "Bouwbedrijf Van Dam" after "Kees van Dam"
        ]
        if not extra:
            return found
        names = {tuple(tok.lower for tok in toks[start:end]) for start, end in found}
        repeats: list[tuple[int, int]] = []
        for k, _ in extra:
            if not repeats or k >= repeats[-1][1]:  # "Fatima Bouzid" again: one span
                repeats.append(self._whole_repeat(toks, k, names, covered))
        return sorted(found + repeats)

    @staticmethod
    def _whole_repeat(
        toks: list[_Tok], k: int, names: set[tuple[str, ...]], covered: set[int]
    ) -> tuple[int, int]:
        """The longest name found before that is repeated from token k on, else (k, k + 1)."""
        end = k + 1
        for name in names:
            stop = k + len(name)
            if (
                stop > end
                and name[0] == toks[k].lower
                and tuple(tok.lower for tok in toks[k:stop]) == name
                and not covered.intersection(range(k, stop))
            ):
                end = stop
        return (k, end)

    def _person_candidates(self, toks: list[_Tok]) -> list[int]:
        """Tokens that may begin a name. The rules in ``_person_at`` reject every other token
        anyway, so this only saves time: most tokens are lower-case words, "de" or "van"
        before a lower-case word, or capitalised words that start a sentence."""
        particles = self.tv_first_words
        candidates = []
        # A lower-case surname right after a title ("dhr. kowalski", "mw sharif") opens a name.
        after_title = {
            i + 1 + (i + 1 < len(toks) and toks[i + 1].text == ".")
            for i, tok in enumerate(toks)
            if tok.lower in self.lex.titles
        }
        openers = {i for i, tok in enumerate(toks) if tok.may_open_name}
        openers.update(i for i in after_title if i < len(toks))
        for i in sorted(openers):
            tok = toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if tok.cap:
                if (
                    not tok.sentence_start
                    or self._may_start_name(tok)
                    or "." in tok.text  # initials
                    or (i > 0 and toks[i - 1].text == ".")  # "Mw", ".", "De"
                ):
                    candidates.append(i)
            elif (
                tok.lower in self.lex.first_names
                or i in after_title
                or (nxt is not None and (nxt.cap or nxt.lower in particles))  # "de Jong"
            ):
                candidates.append(i)
        return candidates

    def _person_at(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        tok = toks[i]
        if i + 3 <= len(toks) and (
            toks[i + 1].text == ","
            or (
                tok.lower in self.tv_words
                and (toks[i + 2].text == "," or (i + 3 < len(toks) and toks[i + 3].text == ","))
            )
        ):  # a comma after the surname: "Erdoğan, F.", "Van Dam, R.", "van den Heuvel-Smit, C."
            inverted = self._surname_initials_at(toks, i)
            if inverted is not None:
                return inverted
        if not tok.cap:
            return self._lowercase_person_at(toks, i)
        if INITIALS.match(tok.text):
            j = i
            while j < len(toks) and INITIALS.match(toks[j].text):
                j += 1
            j = self._skip_nickname(toks, j)  # "B.J.M. (Bas) Timmermans"
            k = j
            while k + 1 < len(toks) and self._is_first_name(toks[k]):
                k += 1  # "S. Édouard van den Wilkinson"
            surname_end = self._surname_after(toks, k, known_only=False) if k > j else None
            surname_end = surname_end or self._surname_after(toks, j, known_only=False)
            return (i, surname_end) if surname_end else None
        if tok.text.isupper() and len(tok.text) > 1:
            return self._caps_person_at(toks, i)  # "BSN", "AN Leusden": no
        context = self._context_before(toks, i)
        if tok.sentence_start and context is None and not self._may_start_name(tok):
            return None  # "Maak", "Welke": every rule below needs a known word here
        j = i
        while j < len(toks) and self._is_first_name(toks[j]):
            j += 1
        if j > i:
            return self._given_names_span(toks, i, self._skip_nickname(toks, j), context)
        if (
            tok.name_word
            and tok.lower in self.lex.first_names
            and tok.lower not in self.lex.roles
            and tok.lower not in self.lex.titles
        ):
            # A first name that is also a word ("Frans", "Roos") followed by a known surname.
            surname_end = self._surname_after(toks, i + 1, known_only=True)
            if surname_end and toks[surname_end - 1].lower in self.lex.surnames:
                return (i, surname_end)
        tv_end = self._tussenvoegsel_end(toks, i)
        if tv_end is not None:
            return self._tussenvoegsel_span(toks, i, tv_end, context)
        if (
            context in ("role", "title")
            and i + 2 < len(toks)
            and self._unknown_name_word(tok)
            and self._unknown_name_word(toks[i + 1])
            and not (toks[i + 2].cap and toks[i + 2].name_word)
            and not tok.lower.endswith(NOUN_ENDINGS)
            and not toks[i + 1].lower.endswith(NOUN_ENDINGS)
        ):
            return (i, i + 2)  # "Sollicitant Bayu Wicaksono", "Meneer Suryadi Wirawan": both
            # name words unknown
        if DOUBLE_NAME_OPEN.search(tok.lower) and tok.name_word:
            k = i + 1
            while k < len(toks) and toks[k].lower in PARTICLE_TAILS:
                k += 1
            if k < len(toks) and self._surname_word(toks[k]):
                return (i, k + 1)  # "Bakkali-de Groot": a double surname by its shape
        at_start = context is not None or self._subject_or_department_after(toks, i + 1)
        if self._surname_word(toks[i], allow_sentence_start=at_start) and (
            self._lone_surname(tok, context)
            or (context == "role" and self._unknown_surname_after_role(toks, i))
        ):
            return (i, i + 1)
        return None

    def _subject_or_department_after(self, toks: list[_Tok], j: int) -> bool:
        """A verb that takes a person as subject ("Ramdin heeft ..."), or "van" and a
        department ("Kwakman van Burgerzaken", "Sewnath van Juridische Zaken", "van team
        Jeugd"): a known surname may then open a sentence."""
        if j >= len(toks):
            return False
        if toks[j].lower in PERSON_SUBJECT_VERBS:
            return True
        if toks[j].lower != "van" or j + 1 >= len(toks):
            return False
        dept = toks[j + 1]
        if dept.lower in ("team", "afdeling", "het", "de"):
            return True
        second = toks[j + 2] if j + 2 < len(toks) else None
        endings = (*DEPARTMENT_NOUN_ENDINGS, "ingen")  # "van Vergunningen", "van Belastingen"
        return dept.cap and (
            dept.lower.endswith(endings)
            or (second is not None and second.cap and second.lower.endswith(endings))
        )

    def _surname_initials_at(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """Surname first, then a comma and the initials, as in lists and registers: "Van Dam,
        R.", "Erdoğan, F.", "van den Heuvel-Smit, C."; or a given name that ends the field
        ("Jansen, Pieter;Molenweg 7"). An unknown surname only at the start of a line or field;
        never a place ("Utrecht, N.B.") or initials that open the next name ("Leiden, J. de
        Vries")."""
        tv_end = self._tussenvoegsel_end(toks, i)
        s = i if tv_end is None else tv_end
        if s + 2 >= len(toks) or toks[s + 1].text != ",":
            return None
        surname = toks[s]
        if surname.lower in self.lex.roles or surname.lower in CLOSINGS:
            return None  # "Regards, Oleksandr", "Groetjes, Kasia"
        if not INITIALS.match(toks[s + 2].text) and not (
            self._is_first_name(toks[s + 2])
            and self._ends_field(toks, s + 3)
            and surname.lower in self.lex.surnames
            and (i == 0 or self._ends_field(toks, i - 1))  # not "ma: Stijn, Oksana"
        ):
            return None
        end = s + 3
        after = toks[end] if end < len(toks) else None
        if after is not None and ((after.cap and after.name_word) or after.lower in self.tv_words):
            return None
        if not self._surname_word(surname, allow_sentence_start=True):
            return None
        parts = surname.lower.split("-")
        known = all(part in self.lex.surnames for part in parts if part not in self.tv_words)
        if not known and (
            surname.lower in self.lex.places
            or surname.lower in self.lex.org_heads
            or surname.lower in MONTHS_AND_DAYS
            or not (toks[i].sentence_start or self._context_before(toks, i) == "field")
        ):
            return None
        return (i, end)

    @staticmethod
    def _ends_field(toks: list[_Tok], i: int) -> bool:
        """Token i ends a table field or line: a separator, a tab, a line break, the end."""
        if i >= len(toks):
            return True
        text = toks[i].text
        return text in FIELD_SEPARATORS or "\n" in text or "\t" in text

    def _caps_person_at(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """An ALL-CAPS name from a form or header: known name words only, at least one a given
        name that is no ordinary word ("BUDI SANTOSO", "SANNE DE WIT", "DIMITROV, IVAN"), or a
        known surname after a title ("FAMILIE ABDULLAHI")."""
        words: list[int] = []
        j = i
        while j < len(toks) and len(words) < MAX_CAPS_NAME_TOKENS:
            tok = toks[j]
            if not (tok.text.isupper() and tok.name_word):
                if tok.text == "," and words and j + 1 < len(toks) and toks[j + 1].text.isupper():
                    j += 1  # "VAN DEN BROEK, MARTIJN": surname first
                    continue
                break
            words.append(j)
            j += 1
        while words and toks[words[-1]].lower in self.tv_words:
            words.pop()
        if not words or toks[words[0]].lower in self.lex.titles:
            return None
        while len(words) > 1 and not self._caps_name_word(toks[words[-1]].lower):
            words.pop()  # "HODAN ABDULLAHI MOEDER" -> "HODAN ABDULLAHI"
        names = [toks[k].lower for k in words if toks[k].lower not in self.tv_words]
        given = any(
            name in self.lex.first_names and name not in self.lex.common_words for name in names
        )
        if (
            len(names) >= 2
            and given
            and all(self._caps_name_word(name) for name in names)
            and any(name not in self.lex.word_names for name in names)
        ):
            return (i, words[-1] + 1)
        if (
            len(names) == 1
            and self._context_before(toks, i) == "title"
            and names[0] in self.lex.surnames
            and names[0] not in self.lex.common_words
        ):
            return (i, words[0] + 1)
        return None

    def _caps_name_word(self, lower: str) -> bool:
        """A known name word; ordinary words that are also surnames ("WIT", "BROEK") count,
        as the given name next to them carries the evidence."""
        return (
            (lower in self.lex.first_names or lower in self.lex.surnames)
            and lower not in self.lex.titles
            and lower not in self.lex.roles
            and lower not in self.lex.org_heads
        )

    def _may_start_name(self, tok: _Tok) -> bool:
        return tok.lower in self.name_start_words or "-" in tok.lower or tok.shaped_surname

    def _skip_nickname(self, toks: list[_Tok], j: int) -> int:
        """Past a called name in brackets after initials or given names: "(Bas)"."""
        if (
            j + 2 < len(toks)
            and toks[j].text == "("
            and toks[j + 2].text == ")"
            and toks[j + 1].cap
            and toks[j + 1].name_word
            and toks[j + 1].lower in self.lex.first_names
        ):
            return j + 3
        return j

    def _called_name_after(self, toks: list[_Tok], i: int) -> bool:
        """A given name in brackets at token i: "(ravi)", "(Sita)"."""
        return (
            i + 2 < len(toks)
            and toks[i].text == "("
            and toks[i + 2].text == ")"
            and toks[i + 1].name_word
            and toks[i + 1].lower in self.lex.first_names
            and toks[i + 1].lower not in self.lex.common_words
            and toks[i + 1].lower not in self.lex.roles
        )

    def _unknown_surname_after_role(self, toks: list[_Tok], i: int) -> bool:
        """ "Wethouder Ouchan", "collega Ouchan": a capitalised word after a role word that is
        no known word and does not look like a department or portfolio ("wethouder Onderwijs",
        "medewerker Handhaving", "wethouder Ruimtelijke Ordening")."""
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            tok.lower not in self.lex.common_words
            and tok.lower not in self.lex.org_heads
            and VOWEL.search(tok.lower) is not None  # not "consulent Bbz"
            and not tok.lower.endswith(NOUN_ENDINGS)
            and not (nxt is not None and nxt.cap and nxt.name_word)
        )

    def _given_names_span(
        self, toks: list[_Tok], i: int, j: int, context: str | None
    ) -> tuple[int, int] | None:
        """Given names toks[i:j], then maybe a surname."""
        first = toks[i]
        word_like = j - i == 1 and first.lower in self.lex.word_names
        surname_end = self._surname_after(toks, j, known_only=word_like and context is None)
        if surname_end:
            return (i, surname_end)
        nxt = toks[j] if j < len(toks) else None
        if nxt is not None and (
            self._capitalised_mid_sentence(nxt)
            or (context == "title" and self._surname_word(nxt) and nxt.lower in self.lex.places)
        ):  # "mevrouw Sylvia Kortenhoeven": after a title a place name is a surname too
            after = toks[j + 1] if j + 1 < len(toks) else None
            if after is not None and after.lower in self.lex.surnames and self._surname_word(after):
                return (i, j + 2)  # "Li Na Chen": a middle name that is also a word
            if (not word_like or context is not None) and not (after and after.cap):
                return (i, j + 1)  # "Anja Sterk": a surname that is also a word
        if j - i >= 2 and toks[j - 1].lower in self.lex.surnames:
            return (i, j)  # "Anne Frank": the last given-name-like word is the surname
        if j - i >= 2 or context is not None:
            return (i, j)
        subject = nxt is not None and nxt.lower in PERSON_SUBJECT_VERBS
        lone_ok = not (
            first.sentence_start and word_like and not subject and not self._age_after(toks, j)
        )
        return (i, j) if lone_ok and first.lower not in self.lex.places else None

    def _tussenvoegsel_span(
        self, toks: list[_Tok], i: int, tv_end: int, context: str | None
    ) -> tuple[int, int] | None:
        """A surname with particle and no given name: "De Vries", "Van der Laan", "El Amrani";
        after a title also one that is an ordinary word ("de heer Van der Meer")."""
        if tv_end >= len(toks):
            return None
        word = toks[tv_end]
        after_title = (
            context == "title"
            and word.cap
            and word.name_word
            and not word.sentence_start
            and not word.text.isupper()
            and word.lower not in self.lex.titles
            and word.lower not in self.lex.roles
            and word.lower not in self.lex.org_heads
        )
        if not (
            self._surname_word(toks[tv_end])
            or after_title
            or self._listed_with_particle(toks, i, tv_end)  # "met Van der Meer"
        ):
            return None
        surname = toks[tv_end]
        if tv_end + 1 < len(toks) and toks[tv_end + 1].cap and toks[tv_end + 1].name_word:
            return None  # "De Gouden Leeuw", "De Groene Vinger BV": a business name
        known = surname.lower in self.lex.surnames or self._listed_with_particle(toks, i, tv_end)
        if context == "title" or (known and context is not None):
            return (i, tv_end + 1)
        if (
            toks[i].sentence_start
            and toks[i].lower in PREPOSITION_PARTICLES
            and surname.lower in self.lex.word_names
        ):
            return None  # "In de Winter is het koud", "Voor de Zomer": a prepositional phrase
        plain = surname.lower not in self.lex.word_names
        if known and (plain or not toks[i].sentence_start or tv_end - i > 1):
            return (i, tv_end + 1)
        return None

    def _lowercase_person_at(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """Lower-case "jan de vries" needs given name and surname in the lexicons; "de Jong"
        (lower-case particle, capitalised surname) needs a surname that is no ordinary word."""
        tok = toks[i]
        context = self._context_before(toks, i)
        if context in ("title", "role"):
            span = self._lowercase_after_context(toks, i, context)
            if span is not None:
                return span
        if self._role_in_brackets_after(toks, i) and tok.lower in self.lex.first_names:
            return (i, i + 1)  # "lisa (teamleider)"
        if tok.lower not in self.lex.first_names:
            # Only a particle before a capitalised surname is left: "de Jong", "van der Berg".
            if tok.lower not in self.tv_first_words or tok.lower in PREPOSITION_PARTICLES:
                return None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or not (nxt.cap or nxt.lower in self.tv_words):
                return None
        tv_end = self._tussenvoegsel_end(toks, i)
        if tv_end is not None and tv_end < len(toks) and not tok.sentence_start:
            surname = toks[tv_end]
            if (
                tok.lower not in PREPOSITION_PARTICLES
                and self._surname_word(surname)
                and surname.lower in self.lex.surnames
                and (
                    (
                        surname.lower not in self.lex.word_names
                        and surname.lower not in self.lex.first_names
                        and surname.lower not in self.lex.places
                    )
                    or self._capital_after_particle(toks, i, tv_end)
                )
                and self._context_before(toks, i) != "org"
            ):
                return (i, tv_end + 1)
            return None
        if tok.lower not in self.lex.first_names or tok.lower in self.lex.common_words:
            return None
        tv_end = self._tussenvoegsel_end(toks, i + 1)
        j = tv_end if tv_end is not None else i + 1
        if j >= len(toks) or toks[j].cap or toks[j].lower not in self.lex.surnames:
            return (i, i + 1) if self._lower_given_name_after_verb(toks, i) else None
        plain_surname = toks[j].lower not in self.lex.word_names
        if tv_end is None and (
            (tok.lower in self.lex.word_names and not plain_surname)  # "kim jansen" is a name
            or toks[j].lower in self.lex.common_words
            or (toks[j].lower in self.lex.word_names and not self._ends_phrase(toks, j + 1))
        ):
            return None  # "mark groen", "ravi belt terug": maybe plain words; not so "voor
            # ricardo pinas, bijlmerdreef 1045"
        return (i, j + 1)

    def _capital_after_particle(self, toks: list[_Tok], i: int, tv_end: int) -> bool:
        """ "met de Boer gebeld", "de melding van van Dijk", "gezin de Vries": Dutch writes a
        noun after "de" in lower case, so a capital there is a surname even if it is also a
        word. Not a place ("de Bilt", "van Utrecht"), a role, a title or an institution
        ("de Raad"), and "van" + a given name is "from": "een mail van Anna"."""
        surname = toks[tv_end]
        lower = surname.lower
        after = toks[tv_end + 1] if tv_end + 1 < len(toks) else None
        if (after is not None and after.cap and after.name_word) or "het" in (
            tok.lower for tok in toks[i:tv_end]
        ):
            return False  # "de Oude Rijn", "de Cao Gemeenten", "van het Nelson Mandela Park"
        if lower in self.lex.word_names and lower.endswith(NOUN_ENDINGS):
            return False  # "de Regeling", "Partij voor de Dieren": capitalised nouns
        particle = " ".join(tok.lower for tok in toks[i:tv_end])
        if (
            lower in self.lex.word_names
            and particle in ("de", "van", "van de", "den", "ter", "ten")
            and lower not in self.lex.frequent_word_surnames
        ):
            return False  # "lid van de Bond": an institution; "met de Boer" is the surname;
            # foreign particles have no such reading ("João Pereira da Costa")
        if lower in self.lex.first_names and after is not None and after.lower in self.tv_words:
            return False  # "bij de Willem de Zwijgerschool": a name of a building follows
        phrase = " ".join(tok.lower for tok in toks[i : tv_end + 1])
        lone_van = tv_end == i + 1 and toks[i].lower == "van"
        prev = toks[i - 1].lower if i > 0 else ""
        place = phrase in self.lex.places and (
            lower not in self.lex.surnames or prev in LOCATIVE_WORDS
        )  # "in de Bilt", "naar De Rijp"; but "met de Boer" (also a hamlet) is the surname
        name_particle = particle in ("van der", "van den")  # "met van der Meer": only names
        return (
            not surname.text.isupper()
            and (name_particle or lower not in self.lex.common_words)
            and lower not in self.lex.roles
            and lower not in self.lex.titles
            and lower not in self.lex.org_heads
            and lower not in MONTHS_AND_DAYS
            and not place
            and not (lone_van and (lower in self.lex.places or lower in self.lex.first_names))
        )

    def _lower_given_name_after_verb(self, toks: list[_Tok], i: int) -> bool:
        """ "ik heb net met youssef gebeld", "mail aan priya gestuurd": a listed given name in
        lower case after a preposition or verb of contact, if it is no Dutch or English word,
        place, street or role ("met mark", "with grant", "naar lisse": no)."""
        lower = toks[i].lower
        return (
            i > 0
            and toks[i - 1].lower in LOWER_NAME_BEFORE
            and len(lower) >= 4
            and toks[i].name_word
            and lower not in self.lex.word_names
            and lower not in self.lex.english_word_names
            and lower not in self.lex.places
            and lower not in self.lex.streets
            and lower not in self.lex.word_streets
            and lower not in self.lex.roles
            and lower not in MONTHS_AND_DAYS
        )

    @staticmethod
    def _ends_phrase(toks: list[_Tok], i: int) -> bool:
        """Token i ends a phrase: a comma, an end mark, a line break, the end of the text."""
        if i >= len(toks):
            return True
        text = toks[i].text
        return text in PHRASE_ENDS or "\n" in text

    def _initials_surname_after_title(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """ "mevrouw s. ramdin", "dhr. j.p. van dijk": typed in lower case, the initials after
        the title carry the evidence; the surname must be a name word but no ordinary word."""
        j = i
        while j < len(toks) and LOWER_INITIAL.match(toks[j].text):
            j += 1
        j = self._tussenvoegsel_end(toks, j) or j
        if j >= len(toks):
            return None
        surname = toks[j]
        if (
            surname.name_word
            and surname.lower not in self.lex.common_words
            and (surname.lower not in self.lex.places or surname.lower in self.lex.surnames)
            and surname.lower not in self.lex.roles
        ):
            return (i, j + 1)  # "mevrouw a. de boer": a place that is a surname too
        return None

    def _role_in_brackets_after(self, toks: list[_Tok], i: int) -> bool:
        """ "lisa (teamleider)", "hodan (moeder)": a role in brackets right after the word."""
        return (
            i + 3 < len(toks)
            and toks[i + 1].text == "("
            and toks[i + 2].lower in self.lex.roles
            and toks[i + 3].text == ")"
            and toks[i].lower not in self.lex.common_words
        )

    def _lowercase_after_context(
        self, toks: list[_Tok], i: int, context: str
    ) -> tuple[int, int] | None:
        """ "hoi esra", "broer shurandy", "dhr sharif", "dhr de Graaf", "dhr van der zee",
        "mevrouw s. ramdin"."""
        tok = toks[i]
        if context == "title" and LOWER_INITIAL.match(tok.text):
            return self._initials_surname_after_title(toks, i)
        tv_end = self._tussenvoegsel_end(toks, i)
        if tv_end is not None and context == "title" and tv_end < len(toks):
            surname = toks[tv_end]
            if surname.name_word and (surname.cap or surname.lower in self.lex.surnames):
                return (i, tv_end + 1)
            return None
        if not tok.name_word or tok.lower in self.lex.common_words or tok.lower in self.lex.places:
            return None
        known_given = tok.lower in self.lex.first_names
        surname_after_title = (
            context == "title"
            and tok.lower in self.lex.surnames
            and tok.lower not in self.lex.word_names  # "dhr. belt zelf": a verb
        )
        if not known_given and not surname_after_title:
            if context == "title" and self._called_name_after(toks, i + 1):
                return (i, i + 1)  # "dhr soerdjbalie (ravi)": the called name vouches
            return None
        end = i + 1
        tv_end = self._tussenvoegsel_end(toks, end)
        if end < len(toks) and toks[end].lower in PREPOSITION_PARTICLES:
            tv_end = None  # "agnieszka over de regeling": a preposition, no tussenvoegsel
        j = tv_end if tv_end is not None else end
        if (
            known_given
            and j < len(toks)
            and not toks[j].cap
            and toks[j].lower in self.lex.surnames
            and toks[j].lower not in self.lex.common_words
        ):
            end = j + 1  # "broer shurandy martina"
        return (i, end)

    def _context_before(self, toks: list[_Tok], i: int) -> str | None:
        """The word before a name: "title" (mevrouw, dhr., dr.), "role" (buurman, cliënt,
        Beste), "org" (café, stichting) or None."""
        j = i - 1
        if j >= 1 and toks[j].text == "." and toks[j - 1].lower in self.lex.titles:
            j -= 1  # "Mw. De Vries" tokenised as "Mw", ".", "De", "Vries"
        if (
            j >= 1
            and toks[j].text == "("
            and (toks[j - 1].lower in self.lex.roles or toks[j - 1].lower in self.lex.titles)
        ):
            j -= 1  # "bij oma (Riet, 0546-871234)"
        if j < 0:
            return None
        word = toks[j].lower
        if word == "," or (not word.strip() and "\n" in word):
            # "Groetjes, Kasia", "Kind regards,\nMark": the name after a closing line.
            k = j
            while k >= 0 and (toks[k].lower == "," or not toks[k].lower.strip()):
                k -= 1
            if k >= 0 and toks[k].lower in CLOSINGS and j - k <= 3:
                return "role"
        if word in FIELD_SEPARATORS or "\t" in word:
            return "field"  # a whole CSV or table field: "pkowal;Paulina Kowalska;..."
        if word in self.lex.titles:
            return "title"
        if word in self.lex.roles:
            return "role"
        if word in self.lex.org_prefixes or word.endswith(ORG_PREFIX_ENDINGS):
            return "org"
        return None

    def _org_word_before(self, toks: list[_Tok], k: int) -> bool:
        """An organisation word before token k, maybe across particles that open with a
        capital: "Bouwbedrijf Van Dam", "Stichting Van der Linden"; not "de Bakkerij van Bart
        Visser", where "van" says whose it is."""
        j = k - 1
        while j >= 0 and k - j <= 3 and toks[j].lower in self.tv_words:
            j -= 1
        if j + 1 < k and not toks[j + 1].cap:
            return False
        return j >= 0 and self._org_word(toks[j].lower)

    def _org_word(self, word: str) -> bool:
        """ "snackbar", "bouwbedrijf", "notariskantoor": a word that makes the name after it
        an organisation's."""
        return word in self.lex.org_prefixes or word.endswith(ORG_PREFIX_ENDINGS)

    def _is_first_name(self, tok: _Tok) -> bool:
        if not (tok.cap and tok.name_word) or tok.lower in self.lex.common_words:
            return False
        if tok.lower in self.lex.titles or tok.lower in self.lex.roles:
            return False
        if tok.text.isupper():
            return False
        return all(part in self.lex.first_names for part in tok.lower.split("-"))

    def _tussenvoegsel_end(self, toks: list[_Tok], i: int) -> int | None:
        """End of the longest tussenvoegsel starting at token i ("van der", "in 't", "de")."""
        tails = self.tv_tails.get(toks[i].lower) if i < len(toks) else None
        if tails is None:
            return None
        for tail in tails:
            end = i + 1 + len(tail)
            if end <= len(toks) and (not tail or [t.lower for t in toks[i + 1 : end]] == tail):
                return end
        return None

    def _listed_with_particle(self, toks: list[_Tok], j: int, tv_end: int) -> bool:
        """ "van der Meer", "van Wel": listed only with the particle, as its last word alone is
        an ordinary word ("meer", "wel")."""
        surname = toks[tv_end]
        if not (surname.cap and surname.name_word and not surname.sentence_start):
            return False
        phrase = " ".join(tok.lower for tok in toks[j : tv_end + 1])
        return phrase in self.lex.surnames

    def _surname_after(self, toks: list[_Tok], j: int, *, known_only: bool) -> int | None:
        """End of "[tussenvoegsel] Surname" starting at j, or None."""
        tv_end = self._tussenvoegsel_end(toks, j)
        if (
            tv_end is not None
            and tv_end < len(toks)
            and (
                self._surname_word(toks[tv_end])
                or self._listed_with_particle(toks, j, tv_end)  # "Jan van der Meer"
            )
            and (
                not known_only
                or tv_end - j > 1
                or toks[tv_end].lower in self.lex.surnames
                or ("-" in toks[tv_end].lower and self._double_listed_surname(toks[tv_end]))
            )
            and not (  # "Gülşen van Financiën", "Sanne van Handhaving": a department
                toks[tv_end].lower.endswith(DEPARTMENT_NOUN_ENDINGS)
                and "-" not in toks[tv_end].lower  # "de Witt-school": rejected as a whole
                and toks[tv_end].lower not in self.lex.surnames
            )
        ):
            return tv_end + 1
        if j >= len(toks) or not self._surname_word(toks[j]):
            return None
        tok = toks[j]
        listed = tok.lower in self.lex.surnames or tok.shaped_surname
        if listed or ("-" in tok.lower and self._double_listed_surname(tok)):
            return j + 1
        if known_only or tok.lower in self.lex.places or tok.lower in self.lex.org_heads:
            return None
        return j + 1

    def _double_listed_surname(self, tok: _Tok) -> bool:
        """A double surname of listed surnames after a given name ("Jan Bakker-Smit", "Jan de
        Vries-Visser"), even when both are ordinary words."""
        return (
            all(part in self.lex.surnames for part in tok.lower.split("-"))
            and tok.text.rsplit("-", 1)[-1].istitle()
            and tok.lower not in self.lex.places
        )

    def _surname_word(self, tok: _Tok, allow_sentence_start: bool = False) -> bool:
        return (
            tok.cap
            and tok.name_word
            and (allow_sentence_start or not tok.sentence_start)
            and not (tok.text.isupper() and len(tok.text) > 1)
            and tok.lower not in self.lex.titles
            and (tok.lower in self.lex.surnames or tok.lower not in self.lex.common_words)
            and not (
                tok.lower.endswith(STRONG_STREET_SUFFIXES) and tok.lower not in self.lex.surnames
            )
        )

    def _capitalised_mid_sentence(self, tok: _Tok) -> bool:
        """A capital that Dutch spelling does not explain: a name part, even if it is also a
        word ("Sterk", "Na"). Not places, months, titles, roles, streets or organisations."""
        return (
            tok.cap
            and tok.name_word
            and not tok.sentence_start
            and not tok.text.isupper()
            and tok.lower not in self.lex.titles
            and tok.lower not in self.lex.roles
            and tok.lower not in self.lex.places
            and tok.lower not in self.lex.org_heads
            and tok.lower not in self.lex.eponyms
            and tok.lower not in MONTHS_AND_DAYS
            and tok.lower not in self.tv_first_words
            and not tok.lower.endswith(STRONG_STREET_SUFFIXES)
        )

    def _lone_surname(self, tok: _Tok, context: str | None) -> bool:
        """A capitalised word on its own: after a title anything name-like; after a role a
        known name; without context a known surname that is no ordinary word."""
        if context == "org" or tok.lower in self.lex.eponyms:
            return False
        if tok.lower in self.lex.places:
            # Many Dutch surnames are place names ("Zandvoort", "Achterberg"): after a title
            # the listed surname wins, elsewhere the place does.
            return context == "title" and tok.lower in self.lex.surnames
        known = tok.lower in self.lex.surnames or tok.lower in self.lex.first_names
        if context == "title":
            return True
        if context == "role":
            return known
        return tok.shaped_surname or (
            tok.lower in self.lex.surnames
            and tok.lower not in self.lex.word_names
            and tok.lower not in self.lex.first_names
            and tok.lower not in self.lex.common_words
        )

    def _extend(self, toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int]:
        """Take in further name parts: "Youssef Ait Taleb", "Anke Bos-van der Meulen"."""
        start, end = span
        while end < len(toks):
            if DOUBLE_NAME_OPEN.search(toks[end - 1].lower):
                k = end
                while k < len(toks) and toks[k].lower in PARTICLE_TAILS:
                    k += 1
                if k < len(toks) and self._surname_word(toks[k]):
                    end = k + 1
                    continue
            nxt = toks[end]
            if (
                self._surname_word(nxt)
                and (nxt.lower in self.lex.surnames or nxt.shaped_surname)
                and (nxt.lower not in self.lex.places and nxt.lower not in self.lex.org_heads)
            ):
                end += 1
                continue
            if (
                nxt.text == "A"
                and end + 1 < len(toks)
                and self._surname_word(toks[end + 1])
                and not (end + 2 < len(toks) and toks[end + 2].may_be_number)
            ):
                end += 2  # Surinamese Chinese surnames: "Tjon A Fong", "Lie A Ling"
                continue
            break
        if end - start >= 2 and end < len(toks) and self._third_name_part(toks, end):
            end += 1  # "Ivanildo Tavares Semedo": a last surname no lexicon holds
        if (
            end < len(toks)
            and INITIALS.match(toks[end].text)
            and self._ends_field(toks, end + 1)
            and not any(INITIALS.match(tok.text) for tok in toks[start:end])
        ):
            end += 1  # "Jansen J." in a register: the initials after the surname
        return (start, end)

    def _third_name_part(self, toks: list[_Tok], i: int) -> bool:
        tok = toks[i]
        after = toks[i + 1] if i + 1 < len(toks) else None
        return (
            not tok.sentence_start
            and self._unknown_name_word(tok)
            and not (after is not None and ((after.cap and after.name_word) or after.may_be_number))
        )

    def _listed_name_word(self, tok: _Tok) -> bool:
        """A listed given name or surname that is no word: "Tesfamariam", "Mateus"."""
        return (
            (tok.lower in self.lex.first_names or tok.lower in self.lex.surnames)
            and tok.lower not in self.lex.word_names
            and tok.lower not in self.lex.common_words
        )

    def _extend_left(self, toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int]:
        """Take in an unknown capitalised word before a surname: "moeder Fereshteh Rahimi"."""
        start, end = span
        if start >= 2:
            prev = toks[start - 1]
            if (
                self._surname_word(prev, allow_sentence_start=True)
                and prev.lower not in self.lex.common_words
                and prev.lower not in self.lex.places
                and prev.lower not in self.lex.roles
                and not self._org_word(prev.lower)  # "Bouwbedrijf Van Dam"
                and (
                    not prev.sentence_start
                    or self._context_before(toks, start - 1) is not None
                    or (toks[start].shaped_surname and self._unknown_name_word(prev))
                    or self._listed_name_word(prev)
                )  # "Kinan Al-Hamwi, 29, uit Syrië"; "1. Tesfamariam Berhane – Rozengracht"
                and self._context_before(toks, start - 1) != "org"
            ):
                return (start - 1, end)
        return span

    def _plausible(self, toks: list[_Tok], span: tuple[int, int]) -> bool:
        """Reject organisations, places and streets that look like names."""
        start, end = span
        if (
            end < len(toks)
            and (self._business_word(toks[end]) or toks[end].lower in LOWER_CASE_HEADS)
            and not self._sole_trader(toks, span)
        ):
            return False  # "Jeroen Bosch Ziekenhuis", "Emma Kinderziekenhuis", "Kamphuis
            # Bewindvoering", "Hoogendoorn Hoveniers", "Rudolf Steiner Zorg"
        last = toks[end - 1].lower
        tail = last.rsplit("-", 1)[-1]
        if (
            toks[end - 1].cap
            and "-" in last
            and not toks[end - 1].text.rsplit("-", 1)[-1].istitle()
            and tail not in self.tv_words
        ):
            return False  # "Albert Heijn-vestiging", "Koning Willem I-school"; not "Bos-van"
        if last not in self.lex.surnames and self._ends_in_org_head(last):
            return False  # "Dr. Schaepmanschool", "Willem de Zwijgerschool", "Max van der
            # Stoelprijs"
        if (
            end < len(toks)
            and HOUSE_NUMBER.match(toks[end].text)
            and end - start == 1
            and not self._name_with_age(toks, start)
        ):
            return False
        if (
            start > 0
            and toks[start].lower in MONTH_NAMES
            and (
                toks[start - 1].text.isdigit()
                or (end - start == 1 and toks[start - 1].lower in MONTH_PREPOSITIONS)
            )
        ):
            return False  # "31 August", "1 June", "a draft by June"; not "of April Johnson"
        nxt = toks[end] if end < len(toks) else None
        if (
            toks[end - 1].lower in TOWN_PARTS or (nxt is not None and (nxt.cap or nxt.text == "&"))
        ) and self._business_or_town_part(toks, span):
            return False  # "Van Leeuwen Infra BV", "Breda Zuid"
        if start > 0 and toks[start - 1].lower == "te":
            return False  # "geboren te Asmara", "wonende te Den Ham": "te" is only for places
        context = self._context_before(toks, start)
        if context == "org":
            return False  # "snackbar De Smid"
        if context in ("title", "role"):
            return True  # "mevrouw De Boer", "Beste Wessel": also place names, but not here
        after = self._tussenvoegsel_end(toks, end) or end
        if (
            after < len(toks)
            and toks[after].lower.endswith(STRONG_STREET_SUFFIXES)
            and (end - start <= 2 or after == end)
            and not self._name_then_own_street(toks, span, after)
        ):
            return False  # "Johan de Wittlaan", "Jan van Galenstraat"; not "Fatima Zahra
            # Ouali van het Werkplein"
        for k in range(min(start, 3) + 1):
            words = " ".join(t.lower for t in toks[start - k : end])
            if (
                words in self.lex.organisations
                and not (k == 0 and self._name_as_field_value(toks, start, end - start))
            ) or (
                words in self.lex.places and not (k == 0 and self._surname_over_place(toks, span))
            ):
                return False  # "Capelle aan den IJssel"
        return True

    def _business_or_town_part(self, toks: list[_Tok], span: tuple[int, int]) -> bool:
        """A legal form within three capitalised words after a surname without given name
        ("Van Leeuwen Infra BV", "Van der Heijden Groen B.V."), or a place with a part of
        town ("Breda Zuid", "Den Bosch West")."""
        start, end = span
        last = toks[end - 1].lower
        if last in TOWN_PARTS and end - start >= 2 and toks[end - 2].lower in self.lex.places:
            return True
        if end < len(toks) and toks[end].lower in TOWN_PARTS and last in self.lex.places:
            return True
        for k in range(end, min(end + 4, len(toks))):
            if toks[k].lower in LEGAL_FORMS:
                return not self._is_first_name(toks[start])
            if not (toks[k].cap or toks[k].text == "&"):
                return False
        return False

    def _name_then_own_street(self, toks: list[_Tok], span: tuple[int, int], street: int) -> bool:
        """ "A. Postma van Kerkstraat 12", "Lies Hoekstra van Molenweg 3": the street after
        "van" is listed on its own and the name with it is no street ("Jan van Galenstraat",
        "Johan de Wittlaan" are)."""
        start, end = span
        if street == end or toks[street].lower not in self.lex.streets:
            return False
        return all(
            " ".join(tok.lower for tok in toks[k : street + 1]) not in self.lex.streets
            for k in range(start, end)
        )

    def _surname_over_place(self, toks: list[_Tok], span: tuple[int, int]) -> bool:
        """ "met de Boer gebeld": a particle and a listed surname that also name a hamlet;
        not after a word of place ("in De Bilt", "naar De Rijp")."""
        start, end = span
        return (
            end - start >= 2
            and toks[start].text == "de"  # not "Den Haag", "De Bilt"
            and toks[end - 1].lower in self.lex.surnames
            and (start == 0 or toks[start - 1].lower not in LOCATIVE_WORDS)
        )

    @staticmethod
    def _age_after(toks: list[_Tok], j: int) -> bool:
        """ "Mees, geboren op 20 november", "Sem (4)", "Roos, 7 jaar": a birth or an age in
        apposition marks a child's or person's given name that is also a word."""
        if j + 1 >= len(toks) or toks[j].text not in (",", "("):
            return False
        nxt = toks[j + 1]
        return nxt.lower in ("geboren", "geb", "geb.", "born") or (
            nxt.text.isdigit() and len(nxt.text) <= 2
        )

    def _name_with_age(self, toks: list[_Tok], i: int) -> bool:
        """ "kinderen (Nora 11, Sami 8 en Ilyas 4)": a given name, an age and a list mark or
        the end of the phrase; no street word, no street from the lists."""
        name, age = toks[i], toks[i + 1]
        after = toks[i + 2] if i + 2 < len(toks) else None
        return (
            len(age.text) <= 2
            and age.text.isdigit()
            and name.lower in self.lex.first_names
            and name.lower not in self.lex.streets
            and name.lower not in self.lex.word_streets
            and name.lower not in MONTH_NAMES
            and not is_street_word(name.lower)
            and (after is None or after.lower in CONJUNCTIONS or self._ends_phrase(toks, i + 2))
            and not (after is not None and after.text == ":")  # "Johannes 3:16"
        )

    def _sole_trader(self, toks: list[_Tok], span: tuple[int, int]) -> bool:
        """ "Marijke Holtrop Advies", "Sanne de Wit Fotografie": a given name and a listed
        surname before a trade word name one person's business, so the name is personal data.
        Not before an institution ("Jeroen Bosch Ziekenhuis") and not a surname alone
        ("Hoogendoorn Hoveniers"); names of public figures are listed as organisations."""
        start, end = span
        trade = toks[end].lower
        return (
            end - start >= 2
            and self._is_first_name(toks[start])
            and toks[end - 1].lower in self.lex.surnames
            and toks[end].cap
            and trade.endswith(SOLE_TRADE_ENDINGS)
            and trade.split("-", 1)[0] not in self.lex.org_heads
            and not self._ends_in_org_head(trade)
        )

    def _business_word(self, tok: _Tok) -> bool:
        """A capitalised word after a name that makes it an organisation: a head word or a
        compound on one ("Kinderziekenhuis", "Mantelzorgprijs"), or a trade or sector noun
        that is no name ("Bewindvoering", "Hoveniers", "Zorg", "Bouw")."""
        if not tok.cap or tok.sentence_start:
            return False
        lower = tok.lower
        if lower.split("-", 1)[0] in self.lex.org_heads or self._ends_in_org_head(lower):
            return True
        return (
            lower.endswith(BUSINESS_ENDINGS)
            and lower not in self.lex.surnames
            and lower not in self.lex.first_names
        )

    def _ends_in_org_head(self, lower: str) -> bool:
        """ "schaepmanschool", "wilhelminaziekenhuis": a compound on an organisation head."""
        return len(lower) >= 7 and lower.endswith(self.org_head_suffixes)


@Language.factory("nl_name_finder")
def make_name_finder(nlp: Language, name: str) -> NameFinder:
    return NameFinder(load_lexicons())

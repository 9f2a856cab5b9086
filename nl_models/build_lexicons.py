"""Build the lexicons in ``nl_models/lexicons/`` from openly licensed packages, reproducibly.

Sources (see nl_models/README.md for licences): the lookup lists shipped in the ``deduce``
package (Dutch first names, surnames, street names, place names, common words), ``faker`` person
providers for names of many origins (MIT), ``spacy-lookups-data`` Dutch lemmas (MIT) to find names
that are also ordinary Dutch words, and the hand-written lists in ``nl_models/lexicons/curated/``
(among them ``world_first_names`` and ``world_surnames``: origins the faker providers miss).

Run: ``.venv/bin/python -m nl_models.build_lexicons`` (add ``--check`` to only compare with the
committed files; exits 1 when they differ). Output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import logging
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS

from nl_models.lexicon import LEXICON_DIR, STREET_SUFFIXES, ascii_fold, read_list
from nl_models.name_finder import JOINED_ARTICLE, origin_surname

CURATED_DIR = LEXICON_DIR / "curated"

# Faker locales whose Latin-script names occur among residents of Dutch municipalities.
FAKER_LATIN_LOCALES = (
    "nl_NL", "nl_BE", "de_DE", "fr_FR", "fr_DZ", "en_GB", "en_IE", "en_IN", "en_NG", "es_ES",
    "pt_PT", "pt_BR", "it_IT", "pl_PL", "ro_RO", "tr_TR", "id_ID", "sk_SK", "cs_CZ", "hr_HR",
    "hu_HU", "sw", "tw_GH", "yo_NG", "ig_NG", "ha_NG", "da_DK", "sv_SE", "no_NO", "fi_FI",
    "en_PK", "en_KE", "uz_UZ", "az_AZ", "vi_VN", "lt_LT", "lv_LV", "sl_SI", "et_EE", "es_MX",
    "es_CO", "zh_CN", "zh_TW", "ja_JP",
)  # fmt: skip
# Cyrillic locales, transliterated to the Latin spelling used in passports.
FAKER_CYRILLIC_LOCALES = ("uk_UA", "ru_RU", "bg_BG")
FIRST_NAME_FIELDS = (
    "first_names", "first_names_male", "first_names_female", "first_names_unisex", "middle_names",
    "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female",
)  # fmt: skip
SURNAME_FIELDS = (
    "last_names", "last_names_male", "last_names_female", "male_last_names",
    "unisex_last_names", "last_romanized_names",
)  # fmt: skip

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ъ": "", "ы": "y",
    "э": "e", "ё": "yo", "'": "", "’": "",
}  # fmt: skip
# Letters the languages transliterate differently (passport spelling): Russian and Bulgarian
# "г" is g and "и" is i, Ukrainian h and y; Bulgarian "ъ" is a and "щ" sht.
CYRILLIC_LOCALE = {
    "ru_RU": {"г": "g", "и": "i", "й": "y"},
    "bg_BG": {"г": "g", "и": "i", "й": "y", "ъ": "a", "щ": "sht"},
    "uk_UA": {},
}
# Female forms of Slavic and Baltic surnames that the providers list only in the male form:
# Polish "Nowicki" -> "Nowicka", Russian and Bulgarian "Ivanov" -> "Ivanova".
FEMININE_ENDINGS = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ov", "ova"),
                    ("ev", "eva"), ("in", "ina"))  # fmt: skip
FEMININE_LOCALES = ("pl_PL", "ru_RU", "bg_BG", "uk_UA", "cs_CZ", "sk_SK")
# Passport spellings since 2010 (Ukraine, KMU 55) and 2013 (Russia, ICAO 9303): inside a word
# "я", "ю", "є", "й" are "ia", "iu", "ie", "i", so "Юлія" is "Yuliia" and "Олексій" "Oleksii"
# (the older spellings "Yuliya", "Oleksiy" are kept too). Only the letters that differ.
CYRILLIC_PASSPORT = {
    "uk_UA": {"я": "ia", "ю": "iu", "є": "ie", "й": "i", "ї": "i"},
    "ru_RU": {"я": "ia", "ю": "iu", "й": "i", "ы": "y", "ъ": "ie", "ё": "e", "е": "e"},
}
# Latin-script locales added in round 4 for their given names: the Belgian, Swiss, Austrian and
# Luxembourg lists hold many names of residents with roots in Morocco, Algeria, Turkey, the
# Balkans and Latin America; en_US and en_NZ common English given names. Their surname lists
# add mostly English and German words ("Park", "House", "Grill"), so only Luxembourg's (with
# many Balkan and Portuguese surnames) is taken.
FAKER_FIRST_NAME_LOCALES = (
    "fr_BE", "de_CH", "de_AT", "de_LU", "fr_CH", "es_AR", "en_US", "en_NZ",
)  # fmt: skip
FAKER_SURNAME_LOCALES = ("de_LU",)

LATIN_NAME = re.compile(r"^[^\W\d_](?:[^\W\d_]|[-' ](?=[^\W\d_]))*$")
MONTHS_AND_DAYS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
]


def deduce_dir() -> Path:
    import deduce

    return Path(deduce.__file__).resolve().parent / "data" / "lookup" / "src"


def deduce_list(relative: str) -> list[str]:
    """A deduce lookup list minus its own ``exceptions.txt``."""
    folder = deduce_dir() / relative
    items = _lines(folder / "items.txt")
    exceptions = (
        set(_lines(folder / "exceptions.txt")) if (folder / "exceptions.txt").exists() else set()
    )
    return [item for item in items if item not in exceptions]


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def dutch_lemmas() -> set[str]:
    """Lower-case Dutch words (nouns, verbs, adjectives, function words and their forms)."""
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).resolve().parent / "data"
    with gzip.open(data / "nl_lemma_index.json.gz", "rt", encoding="utf-8") as handle:
        index: dict[str, list[str]] = json.load(handle)
    with gzip.open(data / "nl_lemma_lookup.json.gz", "rt", encoding="utf-8") as handle:
        lookup: dict[str, str] = json.load(handle)
    words = {word for words in index.values() for word in words}
    words.update(lookup)
    words.update(lookup.values())
    return {word.lower() for word in words if word.isalpha()}


def english_lemmas() -> set[str]:
    """Lower-case English words and their forms (spacy-lookups-data ``en_lemma_lookup``)."""
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).resolve().parent / "data"
    with gzip.open(data / "en_lemma_lookup.json.gz", "rt", encoding="utf-8") as handle:
        lookup: dict[str, str] = json.load(handle)
    words = set(lookup) | set(lookup.values())
    return {word.lower() for word in words if word.isalpha()}


def faker_names(locale: str, fields: Iterable[str]) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names: set[str] = set()
    for field in fields:
        values = getattr(provider, field, ())
        names.update(values.keys() if isinstance(values, dict) else values)
    if locale in CYRILLIC_LOCALE:
        cyrillic = names
        names = {transliterate(name, CYRILLIC_LOCALE[locale]) for name in cyrillic}
        if locale in CYRILLIC_PASSPORT:
            names |= {passport_spelling(name, locale) for name in cyrillic}
    return {name for name in names if LATIN_NAME.match(name) and name != "Doe"}


def transliterate(name: str, overrides: dict[str, str]) -> str:
    table = {**CYRILLIC, **overrides}
    latin = "".join(table.get(char.lower(), char) for char in name)
    return latin[:1].upper() + latin[1:]


def passport_spelling(name: str, locale: str) -> str:
    """ "Юлія" -> "Yuliia", "Олексій" -> "Oleksii": the first letter as before, the rest with
    the passport rules of ``CYRILLIC_PASSPORT``."""
    inner = {**CYRILLIC, **CYRILLIC_LOCALE[locale], **CYRILLIC_PASSPORT[locale]}
    start = {**CYRILLIC, **CYRILLIC_LOCALE[locale]}
    latin = "".join(
        (start if k == 0 else inner).get(char.lower(), char) for k, char in enumerate(name)
    )
    return latin[:1].upper() + latin[1:]


def feminine_forms(surnames: Iterable[str]) -> set[str]:
    """ "Nowicka" for "Nowicki", "Georgieva" for "Georgiev"."""
    forms = set()
    for name in surnames:
        for male, female in FEMININE_ENDINGS:
            if name.endswith(male) and len(name) > len(male) + 2:
                forms.add(name[: -len(male)] + female)
                break
    return forms


def ascii_variants(names: Iterable[str]) -> set[str]:
    """Names as often typed on a Dutch keyboard: "Yilmaz" for "Yılmaz", "Celik" for "Çelik"."""
    variants = set()
    for name in names:
        folded = ascii_fold(name)
        if folded != name and LATIN_NAME.match(folded):
            variants.add(folded)
    return variants


def dedupe(names: Iterable[str]) -> list[str]:
    """Unique case-insensitively; the first spelling in sorted order wins (deterministic)."""
    chosen: dict[str, str] = {}
    for name in sorted({" ".join(name.split()) for name in names}):
        chosen.setdefault(name.lower(), name)
    return sorted(chosen.values(), key=lambda name: (name.lower(), name))


def shaped_words(lemmas: set[str], names: set[str]) -> set[str]:
    """Dutch words that the finder's surname shapes would take for a name ("waterski",
    "supernova", "ellende" = "el" + "lende"): listed as common words, so the shapes skip them."""
    shaped = set()
    for word in lemmas - names:
        joined = JOINED_ARTICLE.match(word)
        if origin_surname(word) or (joined is not None and joined["rest"] in names):
            shaped.add(word)
    return shaped


def is_suffix_street(name: str) -> bool:
    return " " not in name and name.lower().endswith(STREET_SUFFIXES)


def build() -> dict[str, list[str]]:
    lemmas = dutch_lemmas()
    stop_words = {word.lower() for word in STOP_WORDS}

    first = set(deduce_list("names/lst_first_name")) | set(
        read_list(CURATED_DIR / "first_names.txt")
    )
    last = set(deduce_list("names/lst_surname")) | set(deduce_list("names/lst_interfix_surname"))
    last |= set(read_list(CURATED_DIR / "surnames.txt"))
    first |= set(read_list(CURATED_DIR / "world_first_names.txt"))
    world_surnames = read_list(CURATED_DIR / "world_surnames.txt")
    last |= set(world_surnames) | feminine_forms(world_surnames)
    for locale in FAKER_FIRST_NAME_LOCALES:
        first |= faker_names(locale, FIRST_NAME_FIELDS)
    for locale in FAKER_SURNAME_LOCALES:
        last |= faker_names(locale, SURNAME_FIELDS)
    for locale in FAKER_LATIN_LOCALES + FAKER_CYRILLIC_LOCALES:
        first |= faker_names(locale, FIRST_NAME_FIELDS)
        surnames = faker_names(locale, SURNAME_FIELDS)
        last |= surnames | (feminine_forms(surnames) if locale in FEMININE_LOCALES else set())
    first |= ascii_variants(first)
    last |= ascii_variants(last)
    # Single letters and function words ("Van", "De", "Het") are never names on their own.
    first = {name for name in first if len(name) > 1 and name.lower() not in stop_words}
    last = {name for name in last if len(name) > 1 and name.lower() not in stop_words}

    places = deduce_list("locations/lst_placename/lst_residence")
    places += deduce_list("locations/lst_placename/lst_municipality")
    places += deduce_list("locations/lst_placename/lst_province")
    places += deduce_list("locations/lst_placename/lst_region")
    places += read_list(CURATED_DIR / "places.txt")
    places += read_list(CURATED_DIR / "world_places.txt")

    streets = set(deduce_list("locations/lst_street"))
    streets |= set(_lines(deduce_dir() / "locations" / "lst_street" / "streets_bag.txt"))
    street_exceptions = set(_lines(deduce_dir() / "locations" / "lst_street" / "exceptions.txt"))
    # A one-word street that is also an ordinary word ("Groep", "Kamer", "Postbus") would turn
    # "groep 3" into an address; those are only kept when they carry a street suffix.
    streets -= street_exceptions
    # Those are kept apart: right after a name or before a postcode they are streets
    # ("Wojciech Lewandowski, Akkerwinde 3"); elsewhere they are words.
    word_streets = {
        street
        for street in streets
        if " " not in street and not is_suffix_street(street) and street.lower() in lemmas
    }
    streets = {street for street in streets - word_streets if not street.isdigit()}

    common_words = set(deduce_list("whitelist/lst_common_word")) | stop_words
    common_words |= set(deduce_list("whitelist/lst_stop_word")) | set(MONTHS_AND_DAYS)
    common_words |= set(read_list(CURATED_DIR / "common_words.txt"))
    # Prompts are often partly English ("Can you ...", "My colleague ...").
    common_words |= set(ENGLISH_STOP_WORDS)
    common_words |= shaped_words(lemmas, {name.lower() for name in first | last})
    eponyms = deduce_list("whitelist/lst_eponymous_disease/lst_eponymous_single")

    # Names that are also ordinary Dutch words ("Bakker", "Visser", "Bos", "Jaap"): on their own,
    # or lower-case, they are not enough evidence for a name.
    word_names = {name for name in first | last if name.lower() in lemmas}
    word_names |= set(read_list(CURATED_DIR / "common_surnames.txt"))

    # Given names that are also English words ("bill", "grant", "faith", "june"): typed in lower
    # case after "met" or "with" they are no evidence of a name.
    english = english_lemmas()
    english_word_names = {
        name for name in first if name.lower() in english and name.lower() not in lemmas
    }

    return {
        "first_names": dedupe(first),
        "english_word_names": dedupe(english_word_names),
        "frequent_word_surnames": dedupe(read_list(CURATED_DIR / "common_surnames.txt")),
        "surnames": dedupe(last),
        "word_names": dedupe(word_names),
        "tussenvoegsels": dedupe(read_list(CURATED_DIR / "tussenvoegsels.txt")),
        "titles": dedupe(read_list(CURATED_DIR / "titles.txt")),
        "roles": dedupe(read_list(CURATED_DIR / "roles.txt")),
        "organisations": dedupe(
            read_list(CURATED_DIR / "organisations.txt")
            + read_list(CURATED_DIR / "public_figures.txt")
        ),
        "org_heads": dedupe(read_list(CURATED_DIR / "org_heads.txt")),
        "org_prefixes": dedupe(read_list(CURATED_DIR / "org_prefixes.txt")),
        "places": dedupe(places),
        "streets": dedupe(streets),
        "word_streets": dedupe(word_streets),
        "common_words": dedupe(word.lower() for word in common_words),
        "eponyms": dedupe(eponyms),
    }


def render(items: list[str]) -> str:
    return "".join(f"{item}\n" for item in items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw de naam- en adreslijsten van nl_models.")
    parser.add_argument("--check", action="store_true", help="alleen vergelijken, niets schrijven")
    args = parser.parse_args(argv)
    logging.getLogger("faker").setLevel(logging.WARNING)  # it logs at DEBUG when imported
    different = []
    for name, items in build().items():
        path = LEXICON_DIR / f"{name}.txt"
        text = render(items)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                different.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: {len(items)} regels")
    if different:
        print("Wijkt af van de bronnen: " + ", ".join(different), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The committed word lists (``nl_models/lexicons/*.txt``) as fast lower-case lookup sets."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

# Last parts of Dutch street names; "Kerkstraat", "Oudegracht", "Stationsweg".
STREET_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad", "steeg",
    "dreef", "plantsoen", "markt", "park", "ring", "baan", "erf", "wal", "dam", "kanaal", "haven",
    "burg", "veld", "plaats", "allee", "boulevard", "promenade", "passage", "galerij", "vaart",
    "brink", "hoven", "straatje", "steegje", "pleintje", "hofje", "laantje", "poort", "oever",
    "dreef", "zijde", "wetering", "weide", "gaarde", "akker", "kamp", "berg", "dal", "hoek",
    "tuin", "park", "oord", "rade", "horst", "kwartier", "werf", "rak", "haag", "lei",
)  # fmt: skip


def ascii_fold(word: str) -> str:
    """Without accents, as names are often typed on a Dutch keyboard and some lists hold them:
    "gülşen" -> "gulsen", "yıldız" -> "yildiz", "łukasz" -> "lukasz"."""
    decomposed = unicodedata.normalize("NFKD", word.replace("ı", "i").replace("ł", "l"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def read_list(path: Path) -> list[str]:
    """Lines of a list file, without blank lines and ``#`` comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _lower_set(name: str) -> frozenset[str]:
    return frozenset(item.lower() for item in read_list(LEXICON_DIR / f"{name}.txt"))


@dataclass(frozen=True)
class Lexicons:
    """Lower-case lookup sets; multi-word entries are joined with single spaces."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    word_names: frozenset[str]
    english_word_names: frozenset[str]  # given names that are English words ("bill", "grant")
    frequent_word_surnames: frozenset[str]  # frequent surnames that are words ("Boer", "Bakker")
    tussenvoegsels: frozenset[str]
    titles: frozenset[str]
    roles: frozenset[str]
    organisations: frozenset[str]
    org_heads: frozenset[str]
    org_prefixes: frozenset[str]
    places: frozenset[str]
    streets: frozenset[str]
    word_streets: frozenset[str]  # one-word streets that are also plain words ("Akkerwinde")
    common_words: frozenset[str]
    eponyms: frozenset[str]

    @property
    def longest_tussenvoegsel(self) -> int:
        return max(len(item.split()) for item in self.tussenvoegsels)


@cache
def load_lexicons() -> Lexicons:
    """Read every list once per process (about 0.1 s)."""
    return Lexicons(
        first_names=_lower_set("first_names"),
        surnames=_lower_set("surnames"),
        word_names=_lower_set("word_names"),
        english_word_names=_lower_set("english_word_names"),
        frequent_word_surnames=_lower_set("frequent_word_surnames"),
        tussenvoegsels=_lower_set("tussenvoegsels"),
        titles=_lower_set("titles"),
        roles=_lower_set("roles"),
        organisations=_lower_set("organisations"),
        org_heads=_lower_set("org_heads"),
        org_prefixes=_lower_set("org_prefixes"),
        places=_lower_set("places"),
        streets=_lower_set("streets"),
        word_streets=_lower_set("word_streets"),
        common_words=_lower_set("common_words"),
        eponyms=_lower_set("eponyms"),
    )

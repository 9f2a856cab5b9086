"""Dutch postcode: four digits (first digit 1-9) and two letters, e.g. "2271 AB" or "2271AB".

The letter pairs SA, SD and SS are never issued (PostNL). Sources:
https://nl.wikipedia.org/wiki/Postcodes_in_Nederland, https://www.postnl.nl.

Scoring. "2271 AB" with upper-case letters is the official notation and scores 0.6 on its own.
Lower-case or mixed letters ("2271 ab") and upper-case pairs that are also common words or units
("2024 EN", "1000 KM", "1920 PM") score 0.3: they are only reported with context such as
"postcode", "adres" or "woont", or in address position: right after a street and house number
("Kastanjelaan 7, 3833 AN") or right before a capitalised place name ("3833 AN Leusden"). Lower-case
pairs that are common words ("in 2024 en 2025", "1000 km") are dropped outright.
"""

from __future__ import annotations

import re
from typing import ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import GatedPatternRecognizer, Window, merge

# Two-letter words and units that follow a number in ordinary text.
# fmt: off
_COMMON_PAIRS = frozenset({
    "aa", "al", "am", "an", "as", "at", "by", "de", "do", "en", "er", "ex", "go", "he", "hi",
    "if", "in", "is", "it", "km", "kg", "kb", "gb", "mb", "tb", "hz", "kw", "mw", "gw", "pk",
    "cm", "mm", "ml", "cl", "dl", "ha", "me", "my", "na", "no", "nu", "of", "oh", "ok", "om",
    "on", "op", "or", "so", "te", "to", "up", "us", "we", "ze", "zo", "ad", "bc", "hd", "eu",
    "nl", "uk", "tv", "pc", "vs", "pm",
})
# fmt: on

# Address position. Before: a capitalised street name and a house number with an optional
# toevoeging ("Kerkstraat 12a", "Zaagmolenkade 12-B", "Ketelaarstraat 21 bis"), then a comma, a
# line break or an opening bracket ("Beukelsdijk 145b (3022 DE)"). After: a place name, a capital
# followed by a lower-case letter (so "2024 EN 2025" and all-caps prose do not count).
_STREET_AND_NUMBER_BEFORE = re.compile(
    r"\b[A-Z][\w'.\-]*[ \t]+[1-9]\d{0,4}(?:[ \t]?[A-Za-z]{1,2}\b|-\w{1,4}|[ \t]+bis"
    r"|[ \t]+[IVX]{1,4}\b)?(?:,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]*\()$"
)
_PLACE_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_LOOKBEHIND_CHARS = 60

_POSTCODE = r"(?i)(?<![\w.,+/])(?<!\d-)[1-9]\d{3}[ ]?(?!sa|sd|ss)[a-z]{2}(?!\w)"
# Speed (see recognizers._fast): a postcode starts a run of digits with its four digits, so the
# pattern only runs in the seven characters from each such start. `regex`, as the pattern, for
# the same \d. (finditer finds the start of every run: no earlier match can cover it.)
_FOUR_DIGITS = regex.compile(r"[1-9]\d{3}")
_POSTCODE_LENGTH = 7  # "2271 AB"


class NlPostcodeRecognizer(GatedPatternRecognizer):
    """Recognizes Dutch postcodes; ambiguous forms need context to be reported."""

    ENTITY = "NL_POSTCODE"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (Pattern("Dutch postcode", _POSTCODE, 0.6),)
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "postcode",
        "adres",
        "woont",
        "wonende",
        "woonachtig",
        "woonplaats",
        "verhuisd",
        "gevestigd",
        "address",
        "zip",
        "postal",
        "lives",
    )
    PEEK = 1  # the lookahead (?!\w) reads one character
    AMBIGUOUS_SCORE = 0.3
    # An ambiguous pair in address position is a postcode after all.
    ADDRESS_POSITION_SCORE = 0.6

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            letters = text[result.end - 2 : result.end]
            if not letters.isupper() or letters.lower() in _COMMON_PAIRS:
                in_address = _in_address_position(text, result.start, result.end)
                ambiguous_score = (
                    self.ADDRESS_POSITION_SCORE if in_address else self.AMBIGUOUS_SCORE
                )
                result.score = min(result.score, ambiguous_score)
        return results

    def windows(
        self, text: str, nlp_artifacts: NlpArtifacts | None = None
    ) -> dict[str, list[Window]]:
        starts = (match.start() for match in _FOUR_DIGITS.finditer(text))
        return {_POSTCODE: merge((start, start + _POSTCODE_LENGTH) for start in starts)}

    def invalidate_result(self, pattern_text: str) -> bool:
        letters = pattern_text[-2:]
        return letters.islower() and letters in _COMMON_PAIRS


def _in_address_position(text: str, start: int, end: int) -> bool:
    """True if a street and house number directly precede the postcode or a place name follows."""
    before = text[max(0, start - _LOOKBEHIND_CHARS) : start]
    return (
        _STREET_AND_NUMBER_BEFORE.search(before) is not None
        or _PLACE_NAME_AFTER.match(text, end) is not None
    )


RECOGNIZERS = (NlPostcodeRecognizer,)

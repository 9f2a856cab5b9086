"""NL_LICENSE_PLATE: Dutch vehicle registration numbers (kentekens).

Since 1951 the RDW issues kentekens in "sidecodes": fixed arrangements of letter (X) and digit
(9) groups, written with hyphens:

    1 XX-99-99   2 99-99-XX   3 99-XX-99   4 XX-99-XX   5 XX-XX-99   6 99-XX-XX   7 99-XXX-9
    8 9-XXX-99   9 XX-999-X  10 X-999-XX  11 XXX-99-X  12 X-99-XXX  13 9-XX-999  14 999-XX-9

Since sidecode 4 (1978) the RDW uses no vowels and no C or Q (they look like a zero); Y is not
used either. The remaining letters B D F G H J K L M N P R S T V W X Z cover all current plates
(B/V company vans, D/F mopeds, M motorcycles, W trailers). Older plates and special series
(AA royal house, CD diplomats) may contain other letters. Sources: RDW, kentekenkennis.nl.

Scoring
- hyphenated, current letters: strong enough on its own (0.6);
- hyphenated with other letters (old/special plates): only with a context word;
- without hyphens (``GBXL12``): only with a context word, or in a list of plates: near a
  hyphenated plate of current letters ("34-GH-KN ... NJ581F"). Sidecodes 1 and 2 are left out here:
  ``1234AB`` (sidecode 2) is also how a postcode is written, and sidecode 1 has not been issued
  since 1965.
Plates are matched in capitals only; a lower-case plate is a known gap.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import GatedPatternRecognizer, Window, merge

SIDECODES = (
    "XX-99-99",
    "99-99-XX",
    "99-XX-99",
    "XX-99-XX",
    "XX-XX-99",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "X-99-XXX",
    "9-XX-999",
    "999-XX-9",
)
CURRENT_LETTERS = "[BDFGHJKLMNPRSTVWXZ]"
ANY_LETTER = "[A-Z]"


def _sidecode_regex(sidecodes: tuple[str, ...], letter: str, separator: str) -> str:
    """One alternation over the sidecode templates, e.g. ``XX-99-99`` -> ``L{2}-[0-9]{2}-[0-9]{2}``.
    The lookarounds stop a plate from being cut out of a longer code such as ``ISO-27001-AB``."""

    def group(chunk: str) -> str:
        return f"{letter if chunk[0] == 'X' else '[0-9]'}{{{len(chunk)}}}"

    alternatives = (separator.join(group(c) for c in code.split("-")) for code in sidecodes)
    return r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])"


# Every sidecode has a letter group next to a digit group, so every plate holds such a pair,
# and a plate is at most 8 characters long: the patterns only run in windows around the pairs.
# Found from the digit: a pattern that starts with a character class is scanned fast.
_LETTER_DIGIT_PAIR = re.compile(r"[0-9](?:-?[A-Z]|(?<=[A-Z][0-9])|(?<=[A-Z]-[0-9]))")
_PLATE_LENGTH = 8
_NO_HYPHENS = "Kenteken (no hyphens)"


class NlLicensePlateRecognizer(GatedPatternRecognizer):
    """Recognizes Dutch kentekens in all sidecodes (1-14)."""

    ENTITY = "NL_LICENSE_PLATE"
    REGEX_FLAGS = 0  # case-sensitive: plates are written in capitals

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Kenteken (hyphens)", _sidecode_regex(SIDECODES, CURRENT_LETTERS, "-"), 0.6),
        Pattern(
            "Kenteken (hyphens, old letters)", _sidecode_regex(SIDECODES, ANY_LETTER, "-"), 0.3
        ),
        Pattern(_NO_HYPHENS, _sidecode_regex(SIDECODES[2:], CURRENT_LETTERS, ""), 0.25),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "kenteken",
        "nummerbord",
        "auto",  # also auto's, vrachtauto, personenauto
        "voertuig",
        "parkeer",  # parkeren, geparkeerd, parkeervergunning
        "wagen",  # bestelwagen, aanhangwagen
        "bromfiets",
        "snorfiets",
        "scooter",
        "motorfiets",
        "bestelbus",
        "aanhanger",
        "caravan",
        "bekeuring",
        "rdw",
        "vehicle",
        "plate",
    )

    PEEK = 1  # the lookahead (?![\w-]) reads one character

    # A plate without hyphens this close to a hyphenated current plate is part of a list.
    LIST_SCORE = 0.6
    LIST_REACH = 200

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        listed = [
            r.start for r in results if r.score >= self.LIST_SCORE and "-" in text[r.start : r.end]
        ]
        for result in results:
            if "-" not in text[result.start : result.end] and any(
                abs(start - result.start) <= self.LIST_REACH for start in listed
            ):
                result.score = max(result.score, self.LIST_SCORE)
        return results

    def windows(
        self, text: str, nlp_artifacts: NlpArtifacts | None = None
    ) -> dict[str, list[Window]]:
        # A found pair hides pairs that overlap it (at most two characters on): hence the slack
        # of two characters beyond the plate length on both sides.
        reach = _PLATE_LENGTH + 2
        windows = merge(
            (max(0, pair.start() - reach), min(len(text), pair.start() + reach + 1))
            for pair in _LETTER_DIGIT_PAIR.finditer(text)
        )
        # A plate written with hyphens lies in a window that holds a hyphen.
        hyphenated = [(start, end) for start, end in windows if text.find("-", start, end) != -1]
        return {
            pattern.regex: windows if pattern.name == _NO_HYPHENS else hyphenated
            for pattern in self.PATTERNS
        }


RECOGNIZERS = (NlLicensePlateRecognizer,)

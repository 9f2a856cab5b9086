"""Dutch citizen service number: burgerservicenummer (BSN), formerly sofinummer.

Format: nine digits, written plain (123456782) or grouped (1234.56.782, 123 456 782,
123-456-782, sometimes 12 34 56 782). Leading zeros are often dropped, leaving eight digits.
Every BSN passes the elfproef (11-test): 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11;
checked with python-stdnum's ``stdnum.nl.bsn`` (which also zero-pads eight-digit numbers).

Sources: https://www.rvig.nl/bsn, https://nl.wikipedia.org/wiki/Burgerservicenummer.

Scoring. About 1 in 11 random nine-digit numbers passes the elfproef, so the checksum alone is
not proof. A nine-digit number that passes it scores 0.65 (reported); with a BSN context word
nearby Presidio raises it to 1.0. Eight digits (leading zero dropped) score 0.3 and need context.
A number directly after a reference label ("factuurnummer:", "zaaknr.", "kenmerk") loses 0.35: a
nine-digit one is then only reported with BSN context, an eight-digit one never.
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.nl import bsn

from recognizers._fast import GatedPatternRecognizer, Window
from recognizers._patterns import NOT_AFTER_DIGIT_RUN, NOT_BEFORE_DIGIT_RUN, follows_reference_label

_SEPARATOR = re.compile(r"[ .\-]")
# Four dot-separated groups of one to three digits up to 255: an IPv4 address in a log or config
# ("192.168.10.1"), whose digits pass the elfproef about one time in eleven. No BSN notation has
# four dotted groups.
_IPV4 = re.compile(r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}")
# Every BSN lies in a run of at least eight digits joined by single separators: the patterns only
# run in those windows (see recognizers._fast). `regex`, as the patterns, for the same \d.
_DIGIT_RUN = regex.compile(r"\d(?:[ .\-]?\d){7,}")


class NlBsnRecognizer(GatedPatternRecognizer):
    """Recognizes BSNs (elfproef required), with or without separators."""

    ENTITY = "NL_BSN"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "BSN (9 digits)",
            NOT_AFTER_DIGIT_RUN + r"\d(?:[ .\-]?\d){8}" + NOT_BEFORE_DIGIT_RUN,
            0.65,
        ),
        Pattern(
            "BSN (8 digits, leading zero dropped)",
            NOT_AFTER_DIGIT_RUN + r"\d(?:[ .\-]?\d){7}" + NOT_BEFORE_DIGIT_RUN,
            0.3,
        ),
    )
    # Matched as substrings of the lower-cased words around the number ("bsn-nummer" -> "bsn").
    # Nothing here may be part of a reference label such as "klantnummer".
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "bsn",
        "burgerservicenummer",
        "burgerservice",
        "sofinummer",
        "sofi-nummer",
        "persoonsnummer",
        "citizen",
    )
    REFERENCE_LABEL_PENALTY = 0.35
    PEEK = 2  # NOT_BEFORE_DIGIT_RUN reads two characters

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if follows_reference_label(text, result.start):
                result.score -= self.REFERENCE_LABEL_PENALTY
        return [result for result in results if result.score > 0]

    def windows(
        self, text: str, nlp_artifacts: NlpArtifacts | None = None
    ) -> dict[str, list[Window]]:
        runs = [run.span() for run in _DIGIT_RUN.finditer(text)]
        return dict.fromkeys((pattern.regex for pattern in self.PATTERNS), runs)

    def validate_result(self, pattern_text: str) -> bool | None:
        # A failed elfproef drops the match. On success return None, not True: True would make
        # Presidio replace the pattern's score by 1.0, erasing the 9- vs 8-digit difference.
        if _fails_elfproef(pattern_text):
            return False
        return None if bsn.is_valid(pattern_text) else False

    def invalidate_result(self, pattern_text: str) -> bool:
        groups = _SEPARATOR.split(pattern_text)
        digits = "".join(groups)
        spaced_out = len(groups) > 1 and min(len(group) for group in groups) < 2
        if spaced_out or _IPV4.fullmatch(pattern_text):
            return True
        return len(digits) == 8 and _looks_like_date(digits)


# What stdnum's compact() removes; on these characters its clean() changes nothing else.
_ASCII_SEPARATORS = " .-"
_ASCII_NUMBER_CHARACTERS = frozenset("0123456789" + _ASCII_SEPARATORS)


def _fails_elfproef(candidate: str) -> bool:
    """True only where ``bsn.is_valid`` is False, for a candidate written in ASCII digits and
    separators: the same steps without stdnum's general character clean-up, which costs ten
    times as much (and ten in eleven digit runs fail the elfproef)."""
    if not _ASCII_NUMBER_CHARACTERS.issuperset(candidate):
        return False  # let stdnum decide
    number = candidate
    for separator in _ASCII_SEPARATORS:
        number = number.replace(separator, "")
    number = number.zfill(9)
    if len(number) != 9 or int(number) == 0:
        return True
    weighted = sum((9 - i) * int(digit) for i, digit in enumerate(number[:-1]))
    return (weighted - int(number[-1])) % 11 != 0


def _looks_like_date(digits: str) -> bool:
    """ "20240312" or "12031985": an eight-digit date, not a BSN without its leading zero."""
    for year, month, day in (
        (digits[:4], digits[4:6], digits[6:]),
        (digits[4:], digits[2:4], digits[:2]),
    ):
        if not 1900 <= int(year) <= 2099:
            continue
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            continue
        return True
    return False


RECOGNIZERS = (NlBsnRecognizer,)

"""International bank account numbers (IBAN), all countries.

Format: country code, two check digits and a country-specific BBAN of up to 30 letters/digits,
15-34 characters in all; written compact ("NL91ABNA0417164300") or in groups of four
("NL91 ABNA 0417 1643 00"), sometimes in lower case. Validated with python-stdnum's
``stdnum.iban`` (ISO 7064 mod 97-10 check digits, per-country length and BBAN format), so a
wrong check digit never matches.

Sources: ISO 13616, https://www.swift.com/standards/data-standards/iban, stdnum.iban.

An IBAN may be followed by a word that looks like one or two more groups ("BE31 4354 1116
1155 voor ..."), so a candidate that fails validation is retried without its last word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import iban

from recognizers._base import DutchPatternRecognizer

_IBAN = r"(?i)(?<![^\W_])[a-z]{2}\d{2}(?:[ \-]?[a-z0-9]{4}){2,7}(?:[ \-]?[a-z0-9]{1,3})?(?![^\W_])"
_LAST_CHUNK = re.compile(r"[ \-][a-z0-9]+$", re.IGNORECASE)
_MIN_LENGTH = 15  # Norway; shorter candidates need not be tried

# Speed: `re` tries the lookbehind that opens _IBAN at every position of the text, but jumps to
# digits quickly. So the check digits are found first: an _IBAN match starts two letters before
# them, and not after a letter or digit. The letters are those that the case-insensitive [a-z]
# of _IBAN takes (with the dotted/dotless i, long s and Kelvin sign).
_LETTER = "a-zA-Z\u0130\u0131\u017f\u212a"
_CHECK_DIGITS = re.compile(rf"\d\d(?<=(?<![^\W_])[{_LETTER}]{{2}}\d\d)")


class IbanRecognizer(DutchPatternRecognizer):
    """Recognizes IBANs whose check digits and country format are valid."""

    ENTITY = "IBAN_CODE"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (Pattern("IBAN", _IBAN, 0.95),)
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "iban",
        "rekening",
        "bankrekening",
        "rekeningnummer",
        "bank",
        "account",
    )

    # Presidio assigns these in an unannotated __init__; declare their types for mypy.
    name: str
    patterns: list[Pattern]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        # Presidio's pattern loop cannot retry a shorter span, so we run the patterns ourselves.
        flags: int = regex_flags or self.global_regex_flags or 0
        results = []
        for pattern in self.patterns:
            regex = re.compile(pattern.regex, flags)
            starts = _possible_starts(text) if pattern.regex == _IBAN else None
            position = 0
            while match := _search(regex, text, position, starts):
                end = self._end_of_valid_iban(text, match.start(), match.end())
                if end is None:
                    # A valid IBAN may start at a later word inside this candidate.
                    position = match.start() + 1
                    continue
                results.append(self._result(pattern, match.start(), end, flags))
                position = end
        return results

    def validate_result(self, pattern_text: str) -> bool:
        return iban.is_valid(pattern_text.upper())

    def _end_of_valid_iban(self, text: str, start: int, end: int) -> int | None:
        """End offset of the longest valid IBAN in text[start:end], dropping trailing groups."""
        candidate = text[start:end]
        while len(candidate) >= _MIN_LENGTH:
            if self.validate_result(candidate):
                return start + len(candidate)
            shorter = _LAST_CHUNK.sub("", candidate)
            if shorter == candidate:
                return None
            candidate = shorter
        return None

    def _result(self, pattern: Pattern, start: int, end: int, flags: int) -> RecognizerResult:
        explanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, pattern.score, True, flags
        )
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=pattern.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _possible_starts(text: str) -> list[int]:
    """Every offset where an _IBAN match may start, in order."""
    return [match.start() - 2 for match in _CHECK_DIGITS.finditer(text)]


def _search(
    regex: re.Pattern[str], text: str, position: int, starts: list[int] | None
) -> re.Match[str] | None:
    """``regex.search(text, position)``, tried only at ``starts`` when these are known."""
    if starts is None:
        return regex.search(text, position)
    for start in starts[bisect_left(starts, position) :]:
        if match := regex.match(text, start):
            return match
    return None


RECOGNIZERS = (IbanRecognizer,)

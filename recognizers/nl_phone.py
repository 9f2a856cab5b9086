"""Phone numbers in Dutch notation and foreign numbers in international format.

Dutch numbers have ten digits including the trunk prefix 0: mobile 06-12345678, landlines
070-1234567 / 010 123 45 67, international +31 6 12345678, +31 (0)6-12345678, 0031 6 12345678,
and service numbers 0800-1234 / 0900-1234567. Foreign numbers count when written with their
country code (+32, +49, +90, +212 ...). A mobile number ("06" and eight digits) counts also in a
range the numbering plan has not assigned yet.

Matching and validation are done by Google's libphonenumber (Python port ``phonenumbers``) with
region NL and leniency VALID: a candidate must be a number that is actually in use per the
numbering plan, which rules out BSNs, dates, IBAN fragments and most reference numbers. We also
require the number to be written with its trunk prefix 0 or an international prefix, so a bare
"612345678" (as often part of another identifier) is not taken for a phone number.

Municipal numbers ("14 + netnummer": 14 020, 14 0592) have no trunk prefix and are too short for
libphonenumber's matcher, so they are found separately: "14" followed by a geographic area code
that is in use, right after a cue such as "bel" or "telefoon" ("14 020 inwoners" is no number).

Sources: https://www.acm.nl/nl/onderwerpen/telecommunicatie/telefoonnummers,
https://github.com/google/libphonenumber.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import ClassVar

import regex
from phonenumbers import (
    Leniency,
    NumberParseException,
    PhoneNumberMatch,
    PhoneNumberMatcher,
    is_valid_number,
    length_of_geographical_area_code,
    parse,
)
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import Window
from recognizers._patterns import (
    NOT_AFTER_DIGIT_RUN,
    NOT_BEFORE_DIGIT_RUN,
    follows_reference_label,
)

# Speed: libphonenumber parses every digit run it finds (years, amounts), which costs about a
# millisecond per 2 KB. The matcher is therefore only run on the stretches of text around a
# character a kept number can start with, giving the same matches as on the whole text:
# - no candidate of the matcher contains a line break or an ASCII letter outside "extnsioa"
#   (its pattern allows digits, punctuation and extension words such as "ext", "x", "anexo");
#   such a character ends a stretch, and the matcher's search starts afresh after it;
# - the stretch handed to the matcher includes that character on both sides, so the checks on
#   the character before and after a number see the same text;
# - a kept number starts with "+" or "(" with a digit at most ten characters on (the matcher
#   allows no more punctuation before the first digit), or with a "0" that follows no digit (a
#   number only starts right after a digit when a run of more than 20 digits was split).
# (The matcher gives up after 65,535 failed candidates per text; per stretch that limit is
# reached later, which only matters for absurd input.)
_OUTSIDE_NUMBER = re.compile(r"[\n\rb-dfghj-mpqru-wyzB-DF-HJ-MPQRU-WYZ]")
_OUTSIDE_NUMBER_BACKWARDS = regex.compile(r"(?r)[\n\rb-dfghj-mpqru-wyzB-DF-HJ-MPQRU-WYZ]")
# The same as r"[+(](?=\D{0,10}\d)|(?<!\d)0|\d{21}", but starting with a character class lets
# `re` skip ahead to candidate characters instead of trying the alternatives at every position.
_NUMBER_START = re.compile(r"[+(\d](?:(?<=[+(])(?=\D{0,10}\d)|(?<=0)(?<!\d.)|(?<=\d)\d{20})")
# A valid number has at least 5 digits (a national significant number of NL has 5 or more; a
# country code plus national number elsewhere 6 or more), so a stretch with fewer cannot hold
# one. Letters that libphonenumber may turn into digits ("1-800-FLOWERS") count as digits: in a
# stretch these are the ASCII letters of the extension words and the two non-ASCII letters
# whose upper case is an ASCII letter.
_MIN_NUMBER_DIGITS = 5
_DIGIT_LIKE = re.compile(r"[\dextnsioaEXTNSIOA\u0131\u017f]")

# A candidate of the matcher that does not start with "+", "0" or "(" is never kept itself; an
# inner match the matcher may try when the whole candidate is no number starts at a "(", or
# right after a slash run, a wide dash, dots, whitespace or a hyphen with whitespace next to it
# (its _INNER_MATCHES), each followed by optional whitespace. Without such a start at "+", "0" or
# "(" the candidate can give no kept number, and libphonenumber need not parse it (most dates
# and amounts): same kept matches, the matcher resumes after the candidate either way.
_KEPT_INNER_START = re.compile(r"\(|[/\u2012-\u2015\uFF0D.\s]\s*[+0]|\s-\s*[+0]|-\s+[+0]")
_KEPT_FIRST_CHARACTERS = ("+", "0", "(")

# "14" + area code with its 0 ("14 010", "14-0592"); the area code is checked separately.
_MUNICIPAL_NUMBER = re.compile(
    NOT_AFTER_DIGIT_RUN + r"14[ \-]?(?P<area>0[1-9]\d{1,2})" + NOT_BEFORE_DIGIT_RUN
)
# A phone cue, then at most two words ("bel 14 020", "bel gerust naar 14 020", "tel.: 14 010").
_MUNICIPAL_CUE = re.compile(
    r"\b(?:bel|belt|bellen|gebeld|tel|telefoon\w*|telefonisch|phone|call|bereikbaar)\b"
    r"[ \t.:]*(?:[^\W\d_]+[ \t]+){0,2}$",
    re.IGNORECASE,
)
_CUE_LOOKBEHIND_CHARS = 40

# Any "06" and eight digits is a mobile number to a reader, also in a range that the numbering
# plan has not assigned yet (06-0, 06-7, 06-9), which libphonenumber rejects: staff and example
# texts use such numbers ("06-72910345"), and a number in a new range is a phone number all the
# same. Written with the trunk prefix or +31 / 0031; separators as libphonenumber allows.
_ANY_MOBILE = re.compile(
    NOT_AFTER_DIGIT_RUN
    + r"(?:\+31[ \-]?(?:\(0\)[ \-]?)?|0031[ \-]?|0)6(?:[ \-]{0,3}\d){8}"
    + NOT_BEFORE_DIGIT_RUN
)
# A number written with the separators of a phone number ("06 2937 4410", "+31 6-...") after a
# word such as "zaak:" is still a phone number ("het nummer staat in de zaak: 06 2937 4410");
# a reference number is written as one run of digits ("zaaknummer 0201234567").
_PHONE_LAYOUT = re.compile(r"^\+|[ \-()]")


class NlPhoneRecognizer(LocalRecognizer):
    """Recognizes valid phone numbers written in national (NL) or international format."""

    SCORE = 0.7
    # A number right after "zaaknummer:" or "factuurnr." is that reference, whatever its shape.
    REFERENCE_LABEL_SCORE = 0.1
    # Substrings of the lower-cased words around the number. Nothing here may be part of a
    # reference label ("bestelnummer" contains "tel", so "tel" itself is not listed).
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "telefoon",
        "mobiel",
        "bellen",
        "bereikbaar",
        "gsm",
        "whatsapp",
        "fax",
        "phone",
        "mobile",
        "call",
    )

    # Presidio assigns this in an unannotated __init__; declare its type for mypy.
    name: str

    def __init__(
        self,
        context: list[str] | None = None,
        supported_language: str = "nl",
        supported_entity: str = "PHONE_NUMBER",
        default_region: str = "NL",
    ) -> None:
        self.default_region = default_region
        super().__init__(
            supported_entities=[supported_entity],
            supported_language=supported_language,
            context=context if context is not None else list(self.CONTEXT),
        )

    def load(self) -> None:
        """Nothing to load: phonenumbers ships its metadata."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        windows = _number_windows(text)
        spans = list(self._matches(text, windows))
        spans.extend(
            mobile
            for mobile in _any_mobiles(text, windows)
            if not any(start < mobile[1] and mobile[0] < end for start, end in spans)
        )
        for start, end in spans:
            score = self.SCORE
            if follows_reference_label(text, start) and not _PHONE_LAYOUT.search(text[start:end]):
                score = self.REFERENCE_LABEL_SCORE
            results.append(self._result(start, end, score))
        results.extend(
            self._result(start, end, self.SCORE) for start, end in _municipal_numbers(text)
        )
        return results

    def _matches(
        self, text: str, windows: list[tuple[int, int, int]] | None = None
    ) -> Iterator[Window]:
        """Spans of the valid numbers written with a trunk or international prefix."""
        if windows is None:
            windows = _number_windows(text)
        for window_start, anchor, window_end in windows:
            # A kept number starts at the anchor or after it, so its digits lie after it too.
            if len(_DIGIT_LIKE.findall(text, anchor, window_end)) < _MIN_NUMBER_DIGITS:
                continue
            window = text[window_start:window_end]
            for match in self._matcher(window):
                if match.raw_string.startswith(_KEPT_FIRST_CHARACTERS):
                    yield window_start + match.start, window_start + match.end

    def _matcher(self, text: str) -> Iterable[PhoneNumberMatch]:
        matcher: Iterable[PhoneNumberMatch] = _KeptNumberMatcher(
            text, self.default_region, leniency=Leniency.VALID
        )
        return matcher

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=score,
            textual_explanation="Valid phone number according to libphonenumber",
        )
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


class _KeptNumberMatcher(PhoneNumberMatcher):
    """libphonenumber's matcher that skips candidates which cannot give a kept number: those
    without a kept start (see _KEPT_INNER_START), and those with fewer digits than a valid
    number has ("08", "(0", "0621"), of which neither the whole nor a part can be valid."""

    def _extract_match(self, candidate: str, offset: int) -> PhoneNumberMatch | None:
        if (
            not candidate.startswith(_KEPT_FIRST_CHARACTERS)
            and _KEPT_INNER_START.search(candidate) is None
        ) or len(_DIGIT_LIKE.findall(candidate)) < _MIN_NUMBER_DIGITS:
            return None
        match: PhoneNumberMatch | None = super()._extract_match(candidate, offset)
        return match


def _any_mobiles(text: str, windows: list[tuple[int, int, int]]) -> Iterator[Window]:
    """Spans of "06" and eight digits in the stretches that may hold a number (the matcher's
    windows), valid or not."""
    for window_start, anchor, window_end in windows:
        # Every such number holds "06" or the "31" of +31 / 0031 (two quick finds skip the
        # dates and amounts).
        if text.find("06", anchor, window_end) == -1 and text.find("31", anchor, window_end) == -1:
            continue
        for match in _ANY_MOBILE.finditer(text, window_start, window_end):
            yield match.span()


def _municipal_numbers(text: str) -> Iterator[Window]:
    """Spans of "14 + area code" numbers right after a phone cue."""
    # Anchored at each "14" (str.find is much faster than a scan with lookbehinds).
    hit = text.find("14")
    while hit != -1:
        match = _MUNICIPAL_NUMBER.match(text, hit)
        if match is not None:
            before = text[max(0, hit - _CUE_LOOKBEHIND_CHARS) : hit]
            if _is_area_code(match.group("area")) and _MUNICIPAL_CUE.search(before):
                yield match.span()
        hit = text.find("14", hit + 1)


def _is_area_code(area: str) -> bool:
    """True if ``area`` (with its 0) is a geographic area code in use: a landline number made
    with it is valid and its area code is exactly these digits."""
    try:
        number = parse(area + "2345678"[: 10 - len(area)], "NL")
    except NumberParseException:
        return False
    return is_valid_number(number) and length_of_geographical_area_code(number) == len(area) - 1


def _number_windows(text: str) -> list[tuple[int, int, int]]:
    """The stretches (with their bounding characters) that may hold a kept number, each as
    (start, first possible start of a kept number, end)."""
    windows = []
    anchor = _NUMBER_START.search(text)
    while anchor is not None:
        before = _OUTSIDE_NUMBER_BACKWARDS.search(text, 0, anchor.start())
        after = _OUTSIDE_NUMBER.search(text, anchor.end())
        end = after.end() if after else len(text)
        windows.append((before.start() if before else 0, anchor.start(), end))
        anchor = _NUMBER_START.search(text, end)
    return windows


RECOGNIZERS = (NlPhoneRecognizer,)

"""Dates of birth: a date that the text presents as a birth date.

A date alone is not personal data worth redacting (deadlines, meeting dates), so a date is only
reported when a birth cue precedes it: "geboren (op)", "geb.", "geboortedatum", "geb.datum",
"DOB", "date of birth", "born (on)", or the genealogical signs "*" and "°" ("(*12-03-1985)").
Up to six words may sit between cue and date ("geboren in Rotterdam op 12-03-1985"), but no
digits or sentence ends; a label may also stand alone on the line above the date.
Two more cues: "geboren" / "born" up to two words after the date ("die op 9 maart 1926 werd
geboren"), and a birthday list: a name directly followed by its date in a paragraph about
birthdays ("verjaardagskalender: Nadia Chaouch 07-03-1990, Thom de Wit 22-08-1987").
The span is the date only.

Date formats: 12-03-1985, 12/3/85, 12.03.1985, 1985-03-12, 12 maart 1985, 12 mrt. 1985,
3 March 1985, March 3, 1985. The date must exist and not lie in the future.
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._base import DutchPatternRecognizer
from recognizers._fast import fold

# Month name or abbreviation (Dutch and English) -> month number.
_MONTHS = {
    "jan": 1, "januari": 1, "january": 1,
    "feb": 2, "februari": 2, "february": 2,
    "mrt": 3, "maart": 3, "mar": 3, "march": 3,
    "apr": 4, "april": 4,
    "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "augustus": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oktober": 10, "oct": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = "(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"\d{1,2}(?:e|ste|de|st|nd|rd|th)?"
_START, _END = r"(?<![\w.\-/])", r"(?!\w|[.\-/]\d)"

_WORD_CUE = re.compile(
    r"""
    (?:
        \b(?:geboren|geb\.?\s?datum|geboorte\s?datum|geboortedag|born|birth\s?date|birthday
          |date\s+of\s+birth|d\.?o\.?b)\b\.?
      | \bgeb\b\.?
    )
    (?P<gap>[^\d.!?;\n]*|[\s:|=\-–]*)$    # a few words, or a label on the previous line
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Genealogical birth signs: "(*12-03-1985)", "Jansen *12-03-1985", "° 1 januari 1950". A star
# followed by a space is a Markdown bullet, not a birth sign; "21°" is a temperature.
_SIGN_CUE = re.compile(r"(?:\(\s*\*\s*|(?<![\w*])\*|(?<![\w)\]])°\s*)$")
# Gate (see recognizers._fast): a text without any cue has no birth date. Each cue (also each of
# _BIRTHDAY_CUE) holds one of these words, or a match of one of these case-sensitive regexes in
# the folded text. Apart, each starts with a literal or a character class, which `re` finds much
# faster than one case-insensitive alternation ("geb" alone would pass every "gebruik").
_BIRTHDAY_WORDS = ("verjaardag", "jarig")
_CUE_WORDS = ("born", "birth", *_BIRTHDAY_WORDS)
_CUE_SHAPES = (
    re.compile(r"geb(?:oren|oorte|\.?\s?datum|\b)"),
    re.compile(r"d\.?o\.?b"),
    re.compile(r"[*°]\s*\w"),
)
# "... 1926 werd geboren", "12-03-1985 geboren te Delft", "(3 March 1985, born in Ghent)".
_CUE_AFTER = re.compile(
    r"[ \t,]*(?P<gap>(?:[^\W\d_]+[ \t]+){0,2})(?:geboren|born)\b", re.IGNORECASE
)
# A birthday list: a birthday word earlier in the same paragraph, and the date right after a
# name of at least two words ("Thom de Wit 22-08-1987", "Ilse Brouwer-Lam: 30-05-1994").
_BIRTHDAY_CUE = re.compile("|".join((*_BIRTHDAY_WORDS, "birthday")), re.IGNORECASE)
_NAME_BEFORE = re.compile(
    r"\b[A-Z][\w'\-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+){0,2}[A-Z][\w'\-]+)+[ \t]*[:(\-–]?[ \t]*$"
)
_LIST_REACH = 400
_MIN_LIST_AGE = 12
_MAX_GAP_WORDS = 6
_DEATH = re.compile(r"\b(?:overleden|gestorven|died|deceased)\b|†", re.IGNORECASE)


class DateOfBirthRecognizer(DutchPatternRecognizer):
    """Recognizes dates preceded by a birth cue; the span is the date itself."""

    ENTITY = "DATE_OF_BIRTH"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("date d-m-y", _START + r"\d{1,2}([\-/.])\d{1,2}\1(?:\d{4}|\d{2})" + _END, 0.85),
        Pattern("date y-m-d", _START + r"\d{4}-\d{1,2}-\d{1,2}" + _END, 0.85),
        Pattern("date d month y", _START + _DAY + r"\s+" + _MONTH + r"\s+\d{4}" + _END, 0.85),
        Pattern("date month d, y", r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+\d{4}" + _END, 0.85),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("geboren", "geboortedatum", "geb", "born", "birth", "dob")

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if not _may_hold_cue(text):
            return []
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [result for result in results if _has_birth_cue(text, result.start, result.end)]

    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern score (True would set it to 1.0); False drops the match.
        return None if _parse_birth_date(pattern_text) is not None else False


def _may_hold_cue(text: str) -> bool:
    """False only if ``text`` holds no birth cue at all."""
    folded = fold(text)
    return any(word in folded for word in _CUE_WORDS) or any(
        shape.search(folded) is not None for shape in _CUE_SHAPES
    )


def _has_birth_cue(text: str, start: int, end: int) -> bool:
    """True if the date at ``start:end`` is presented as a birth date."""
    before = text[max(0, start - 80) : start]
    if _SIGN_CUE.search(before):
        return True
    cue = _WORD_CUE.search(before)
    if cue is not None:
        gap = cue.group("gap")
        if len(gap.split()) <= _MAX_GAP_WORDS and _DEATH.search(gap) is None:
            return True
    cue_after = _CUE_AFTER.match(text, end)
    if cue_after is not None and _DEATH.search(cue_after.group("gap")) is None:
        return True
    return _in_birthday_list(text, start, end)


def _in_birthday_list(text: str, start: int, end: int) -> bool:
    """A name with a date of someone at least a few years old, in a paragraph on birthdays
    (a recent date there is an event: "Kick-off 12-03-2025")."""
    if _NAME_BEFORE.search(text, max(0, start - 80), start) is None:
        return False
    born = _parse_birth_date(text[start:end])
    if born is None or date.today().year - born.year < _MIN_LIST_AGE:
        return False
    paragraph = text[max(0, start - _LIST_REACH) : start].rsplit("\n\n", 1)[-1]
    return _BIRTHDAY_CUE.search(paragraph) is not None


def _parse_birth_date(written: str) -> date | None:
    """The date written in one of the supported formats, if it exists and is not in the future."""
    numbers = [int(number) for number in re.findall(r"\d+", written)]
    month_name = re.search(r"[^\W\d_]{3,}", written)
    if month_name is not None:
        # Ordinal suffixes ("3rd", "1ste") are too short to be taken for the month.
        month = _MONTHS.get(month_name.group().lower())
        if month is None:
            return None
        day, year = numbers
    elif len(re.split(r"[\-/.]", written)[0]) == 4:
        year, month, day = numbers
    else:
        day, month, year = numbers
        if year < 100:  # "12/3/85": the most recent such year that is not in the future
            year += 2000 if year <= date.today().year % 100 else 1900
    try:
        born = date(year, month, day)
    except ValueError:
        return None
    return born if date(1880, 1, 1) <= born <= date.today() else None


RECOGNIZERS = (DateOfBirthRecognizer,)

"""Dates of birth: a date that the text presents as a birth date.

A date alone is not personal data worth redacting (deadlines, meeting dates), so a date is only
reported when a birth cue precedes it: "geboren (op)", "geb.", "geboortedatum", "geb.datum",
"DOB", "date of birth", "born (on)", or the genealogical signs "*" and "°" ("(*12-03-1985)").
Up to six words may sit between cue and date ("geboren in Rotterdam op 12-03-1985"), but no
digits or sentence ends; a label may also stand alone on the line above the date.
Two more cues: "geboren" / "born" up to two words after the date ("die op 9 maart 1926 werd
geboren"), and a birthday list: a name directly followed by its date in a paragraph about
birthdays ("verjaardagskalender: Nadia Chaouch 07-03-1990, Thom de Wit 22-08-1987").
Frames without a cue word, each with a date old enough to be a birth date:
- a date right after a person's name, in brackets or after a comma or field separator ("Kishan
  Ramsaran (14-02-1987)", "mw. Senait Tekle, 03-11-1962, woonachtig ..."); the name is a PERSON
  entity of the NLP pipeline, or capitalised words when no pipeline ran;
- a date whose year agrees with an age next to it ("54 jaar (12-03-1971)", "(leeftijd 54,
  12-03-1970)", "aged 41, born ...");
- a date in a table or CSV column whose header is a birth cue ("naam;geb.datum;school",
  "| Client | D.O.B. |"); under any other header a date is no birth date.
A cue before a cohort boundary is no birth date of anyone: "geboren na 1 januari 1960",
"born before 1 January 1950".
The span is the date only.

Date formats: 12-03-1985, 12/3/85, 2-3-'48, 12.03.1985, 1985-03-12, 12 maart 1985, 12 mrt.
1985, 3 March 1985, March 3, 1985. The date must exist and not lie in the future.
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import (
    GatedPatternRecognizer,
    Window,
    fold,
    folded_trigger_starts,
    merge,
)
from recognizers._gate import SHARED_TRIGGERS

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
_SIGN_CUE = re.compile(
    r"(?:\(\s*\*\s*|(?<![\w*])\*|(?<![\w)\]])°\s*|(?<=[^\s*][ \t])\*[ \t]*)$"
)  # the last form: a star after a word, mid-line ("ravi bissessar * 02-02-1973")
# Gate (see recognizers._fast): a text without any cue has no birth date. Each cue (also each of
# _BIRTHDAY_CUE) holds one of these words, or a match of one of these case-sensitive regexes in
# the folded text. Apart, each starts with a literal or a character class, which `re` finds much
# faster than one case-insensitive alternation ("geb" alone would pass every "gebruik").
_BIRTHDAY_WORDS = ("verjaardag", "jarig")
# "mijn dochter ... zij is van 08-04-2012", "de jongste is van 3 mei 2015": spoken Dutch for a
# birth date, only after a person (a pronoun or a family word) and right before a day number.
_BORN_IN_FRAME = re.compile(
    r"\b(?:zij|hij|ze|dochter|zoon|kind|kleinkind|baby|broer(?:tje)?|zus(?:je)?|jongste"
    r"|oudste)\s+is\s+van\s*$",
    re.IGNORECASE,
)
_BORN_IN_NEEDLES = ("is van 0", "is van 1", "is van 2", "is van 3")
_CUE_WORDS = ("born", "birth", *_BIRTHDAY_WORDS, *_BORN_IN_NEEDLES)
_DOB_SHAPE = re.compile(r"d\.?o\.?b")
_CUE_SHAPES = (re.compile(r"geb(?:oren|oorte|\.?\s?datum|\b)"), _DOB_SHAPE)
# Every match of _WORD_CUE holds one of these words or _DOB_SHAPE in the folded text: tested
# first, as the regex is tried at every position before a date.
_WORD_CUE_NEEDLES = ("geb", "born", "birth")
# The sign cues; a plain substring test first, as few texts hold either sign.
_SIGNS = ("*", "°")
_SIGN_SHAPE = re.compile(r"[*°]\s*\w")
# The gate reads the shared trigger pass (see recognizers._gate): the cue words and every
# string _DOB_SHAPE matches, and the literal starts of the other shapes, which are then tried
# just there.
_GATE_WORDS = (*_CUE_WORDS, "dob", "d.ob", "do.b", "d.o.b")
_GATE_SHAPES = {"geb": _CUE_SHAPES[0], "*": _SIGN_SHAPE, "°": _SIGN_SHAPE}
SHARED_TRIGGERS.register((*_GATE_WORDS, *_GATE_SHAPES), ())
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
# "geboren na 1 januari 1960": a boundary of a group of people, no one's birth date.
_COHORT = re.compile(
    r"\b(?:na|voor|vóór|tussen|vanaf|sinds|tot|en|before|after|between|since|from|until|and)$",
    re.IGNORECASE,
)
# A name, then the date in brackets, after a comma or in the next field of a row.
_AFTER_NAME = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]*|[;|\t][ \t]*)$")
_MIN_NAME_DATE_AGE = 3
# "54 jaar", "leeftijd 54", "aged 54", "54 years old", "(54)" near the date.
_AGE = re.compile(
    r"\b(?:(?P<a>\d{1,3})[ \t]*(?:jaar|jr\.?|years?(?:[ \t]+old)?)\b"
    r"|(?:leeftijd|age[d]?)[ \t:]*(?P<b>\d{1,3})\b)",
    re.IGNORECASE,
)
_AGE_REACH = 40
_BIRTH_HEADER = re.compile(
    r"^\W*(?:geb(?:oren|oorte)?\.?\s?(?:datum)?|geboortedatum|d\.?o\.?b\.?|date\s+of\s+birth"
    r"|birth\s?date|born)\W*$",
    re.IGNORECASE,
)
_TABLE_SEPARATORS = (";", "|", "\t", ",")
_MAX_TABLE_ROWS = 50
_PERSON_LABELS = frozenset(["PERSON", "PER"])
# The frames without a cue word need a date right after a bracket, comma or separator; this
# finds where such a date may start (a superset: the start of every date pattern).
_DATE_AFTER_MARK = re.compile(
    r"[(,;|\t][ \t]*(?P<date>\d{1,2}[\-/.]\d{1,2}[\-/.]['’]?\d\d|\d{4}-\d"
    r"|\d{1,2}[a-z]{0,3}\s+" + _MONTH + r"\s+\d{4}|" + _MONTH + r"\s+\d)"
)
_MARKDOWN_RULE = re.compile(r"^[\s|:\-]+$")
# This pattern starts with a month name; in the folded text every month name starts with one
# of these prefixes, found in the trigger pass that the gated recognizers share.
_MONTH_FIRST = "date month d, y"
_MONTH_PREFIXES = frozenset(month[:3] for month in _MONTHS)
_PREFIX_LENGTH = 3
SHARED_TRIGGERS.register(_MONTH_PREFIXES, ())


class DateOfBirthRecognizer(GatedPatternRecognizer):
    """Recognizes dates preceded by a birth cue; the span is the date itself."""

    ENTITY = "DATE_OF_BIRTH"
    # A window is the first character of a date; the longest date plus the lookahead fits here.
    PEEK = 40
    # The gate's answer for the last text (see _gate).
    _last_gate: tuple[str | None, tuple[bool, int | None]] = (None, (False, None))

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "date d-m-y", _START + r"\d{1,2}([\-/.])\d{1,2}\1(?:\d{4}|['’]?\d{2})" + _END, 0.85
        ),
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
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results:
            return []
        names = _person_ends(nlp_artifacts)
        return [r for r in results if _has_birth_cue(text, r.start, r.end, names)]

    def may_match(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> bool:
        """Gate (see recognizers._fast): no birth date without a cue or a date after a mark."""
        has_cue, first_mark = self._gate(text, nlp_artifacts)
        return has_cue or first_mark is not None

    def windows(
        self, text: str, nlp_artifacts: NlpArtifacts | None = None
    ) -> dict[str, list[Window]]:
        """Without a cue word only a date right after a mark can be a birth date: search just
        there. With one, search everywhere, except that a date written month first can only
        start where a month name does (searching for those is the costliest otherwise)."""
        has_cue, first_mark = self._gate(text, nlp_artifacts)
        if has_cue:
            starts = _month_starts(folded_trigger_starts(text, nlp_artifacts, _MONTH_PREFIXES))
            return {p.regex: starts for p in self.patterns if p.name == _MONTH_FIRST}
        # No mark before the first one the gate found: search on from there.
        marks = _DATE_AFTER_MARK.finditer(text, first_mark) if first_mark is not None else ()
        starts = merge((m.start("date"), m.start("date") + 1) for m in marks)
        return {pattern.regex: starts for pattern in self.patterns}

    def _gate(self, text: str, nlp_artifacts: NlpArtifacts | None) -> tuple[bool, int | None]:
        """Whether ``text`` may hold a cue word, and where the first date after a mark starts
        (only looked for without a cue). ``may_match`` and ``windows`` ask in turn for the same
        text: the answer for the last text is kept (one tuple, replaced whole)."""
        last = self._last_gate
        if last[0] is text:
            return last[1]
        has_cue = _may_hold_cue(text, nlp_artifacts)
        mark = None if has_cue else _DATE_AFTER_MARK.search(text)
        answer = (has_cue, None if mark is None else mark.start())
        self._last_gate = (text, answer)
        return answer

    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern score (True would set it to 1.0); False drops the match.
        return None if _parse_birth_date(pattern_text) is not None else False


def _may_hold_cue(text: str, nlp_artifacts: NlpArtifacts | None) -> bool:
    """False only if the text holds no birth cue word or sign at all: none of the cue words
    or cue shapes (_CUE_WORDS, _CUE_SHAPES, _SIGN_SHAPE) occurs in the folded text."""
    folded_hits, _ = SHARED_TRIGGERS.hits(text, nlp_artifacts)
    if any(word in folded_hits for word in _GATE_WORDS):
        return True
    folded = fold(text)
    return any(
        shape.match(folded, start) is not None
        for literal, shape in _GATE_SHAPES.items()
        for start in folded_hits.get(literal, ())
    )


def _may_hold_word_cue(folded: str) -> bool:
    """False only if ``_WORD_CUE`` cannot match in the text folded here."""
    return (
        any(word in folded for word in _WORD_CUE_NEEDLES) or _DOB_SHAPE.search(folded) is not None
    )


def _month_starts(prefix_starts: list[int]) -> list[Window]:
    """Windows holding the start of every month name, given where the month prefixes occur in
    the folded text (sorted). A prefix that overlaps the one before it is left out, as a regex
    scan for them leaves it out (no month name starts there: it follows a letter, not a word
    boundary)."""
    starts: list[Window] = []
    for start in prefix_starts:
        if not starts or start >= starts[-1][0] + _PREFIX_LENGTH:
            starts.append((start, start + 1))
    return starts


def _person_ends(nlp_artifacts: NlpArtifacts | None) -> frozenset[int]:
    """Character offsets where a PERSON entity of the NLP pipeline ends."""
    if nlp_artifacts is None or not nlp_artifacts.entities:
        return frozenset()
    return frozenset(
        entity.end_char for entity in nlp_artifacts.entities if entity.label_ in _PERSON_LABELS
    )


def _after_name(text: str, start: int, end: int, mark: int, name_ends: frozenset[int]) -> bool:
    """ "Kishan Ramsaran (14-02-1987)", "Senait Tekle, 03-11-1962": a date of someone at least a
    few years old right after a name (which ends before the mark at ``mark``)."""
    born = _parse_birth_date(text[start:end])
    if born is None or date.today().year - born.year < _MIN_NAME_DATE_AGE:
        return False
    name_end = len(text[:mark].rstrip())
    if name_ends:
        return name_end in name_ends
    return _NAME_BEFORE.search(text, max(0, name_end - 80), name_end) is not None


def _age_agrees(text: str, start: int, end: int) -> bool:
    """ "54 jaar (12-03-1971)", "(leeftijd 54, 12-03-1970)": an age next to a date after a mark
    that the date's year explains."""
    born = _parse_birth_date(text[start:end])
    if born is None:
        return False
    years = date.today().year - born.year
    nearby = text[max(0, start - _AGE_REACH) : start] + " " + text[end : end + _AGE_REACH]
    for age in _AGE.finditer(nearby):
        if int(age.group("a") or age.group("b")) in (years - 1, years):
            return True
    return False


def _column_header(text: str, start: int) -> str | None:
    """The header cell above the date when the date sits in a table or CSV row whose header
    has as many separators as the row ("naam;geb.datum;school"); None in running text."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    for separator in _TABLE_SEPARATORS:
        count = line.count(separator)
        if count < (2 if separator == "," else 1):
            continue  # one comma is prose, not a CSV row
        header = _header_line(text, line_start, separator)
        if header is None or header.count(separator) != count:
            continue
        return header.split(separator)[text.count(separator, line_start, start)]
    return None


def _header_line(text: str, line_start: int, separator: str) -> str | None:
    """The first line of the block of rows (lines holding ``separator``) above ``line_start``."""
    header = None
    end = line_start - 1  # the line break before the date's line
    for _ in range(_MAX_TABLE_ROWS):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if separator not in line:
            break
        if not _MARKDOWN_RULE.match(line):
            header = line
        end = start - 1
    return header


def _has_birth_cue(
    text: str, start: int, end: int, name_ends: frozenset[int] = frozenset()
) -> bool:
    """True if the date at ``start:end`` is presented as a birth date; ``name_ends`` are the
    offsets where the pipeline's PERSON entities end (empty: capitalised words count)."""
    if _has_cue_word(text, start, end):
        return True
    header = _column_header(text, start)
    if header is not None:  # a table column: its header says what the date is
        return _BIRTH_HEADER.match(header) is not None
    mark = _AFTER_NAME.search(text, max(0, start - 4), start)
    if mark is None or mark.end() != start:
        return False
    return _after_name(text, start, end, mark.start(), name_ends) or _age_agrees(text, start, end)


def _has_cue_word(text: str, start: int, end: int) -> bool:
    """A cue word or sign before the date, "geboren" after it, or a birthday list."""
    before = text[max(0, start - 80) : start]
    if any(sign in before for sign in _SIGNS) and _SIGN_CUE.search(before):
        return True
    cue = _WORD_CUE.search(before) if _may_hold_word_cue(fold(before)) else None
    if cue is not None:
        gap = cue.group("gap")
        if (
            len(gap.split()) <= _MAX_GAP_WORDS
            and _DEATH.search(gap) is None
            and _COHORT.search(gap.rstrip()) is None
        ):
            return True
    cue_after = _CUE_AFTER.match(text, end)
    if cue_after is not None and _DEATH.search(cue_after.group("gap")) is None:
        return True
    if _BORN_IN_FRAME.search(text, max(0, start - 30), start) is not None:
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

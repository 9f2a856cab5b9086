"""NL_ID_DOCUMENT: numbers of identity documents (passport, ID card, driving licence).

Formats
- Dutch passport and identity card ("documentnummer"): 9 characters, 2 letters, 6 letters or
  digits, 1 digit; the letter O is never used (to avoid confusion with 0), e.g. ``NXC4R1T23``
  or the specimen ``SPECI2014``. Validated with ``stdnum.nl.identiteitskaartnummer``. Sources:
  RvIG (rvig.nl), python-stdnum.
- Dutch driving licence ("rijbewijsnummer", field 5 on the card): 10 digits. Assumption: it never
  starts with 0, which keeps Dutch phone numbers (0612345678) out.
- Any passport/ID/licence/residence-permit number (also foreign ones) written right after a label
  such as "paspoortnummer:", "passport no.", "rijbewijsnummer" or "verblijfsdocument", or a few
  words after one ("passport number for a visa letter: BP7LK2R91", "residence permit card number
  is XK9L27TP3"); with words in between the number must mix letters and digits.

Both bare formats are common shapes (product codes, order numbers), so on their own they score
below the 0.5 threshold and only count with a context word nearby (Presidio adds 0.35). The
labelled form is strong on its own; its span is the number only. A number right after another
reference label ("zaaknummer", "factuurnr.") is that reference, whatever document was named before.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.nl import identiteitskaartnummer

from recognizers._fast import GatedPatternRecognizer, Window
from recognizers._patterns import follows_reference_label

_DUTCH_SHAPE = re.compile(r"[A-Z]{2}[A-Z0-9]{6}[0-9]")
# Both bare numbers are runs of at least nine capitals and digits: their patterns only run in
# such runs (see recognizers._fast). Possessive: the same maximal runs, and a shorter run is
# given up at once instead of being counted again from each of its characters.
_CAPITALS_AND_DIGITS = re.compile(r"[A-Z0-9]{9,}+")

# Labels that introduce a document number. Case-insensitive; the number itself is upper-case.
_LABEL = (
    r"(?i:paspoort(?:nummer|nr\.?)?|passport(?:[ \t]*(?:number|no\.?|nr\.?|\#))?"
    r"|identiteitskaart(?:nummer|nr\.?)?|id-?kaart(?:nummer|nr\.?)?|id[ \t]card(?:[ \t]number)?"
    r"|reisdocument(?:nummer|nr\.?)?|rijbewijs(?:nummer|nr\.?)?"
    r"|driving[ \t]licen[cs]e(?:[ \t]number)?|driver'?s[ \t]licen[cs]e(?:[ \t]number)?"
    r"|verblijfs(?:document|vergunning|pas)(?:nummer|nr\.?)?"
    r"|residence[ \t]permit(?:[ \t]card)?(?:[ \t](?:number|no\.?))?)"
)
# One to five words of letters between label and number: no digits, no sentence end.
_WORDS_BETWEEN = r"(?:[ \t]+[^\W\d_]+\b){1,5}"
# Separator ("paspoortnummer: ", "rijbewijs is "), then the number with at least one digit.
_NUMBER_AFTER = r"[ \t]*(?:[:#=]|(?i:is))?[ \t]*\K(?=[A-Z0-9]*[0-9]){shape}\b"


class NlIdDocumentRecognizer(GatedPatternRecognizer):
    """Recognizes Dutch passport / ID-card / driving-licence numbers and labelled foreign ones."""

    ENTITY = "NL_ID_DOCUMENT"
    # Case-sensitive: document numbers are printed in capitals.
    REGEX_FLAGS = 0

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "NL passport/ID card number (weak)",
            r"\b[A-Z]{2}[A-Z0-9]{6}[0-9]\b",
            0.2,
        ),
        Pattern("NL driving licence number (weak)", r"(?<![\d-])[1-9][0-9]{9}(?![\d-])", 0.2),
        Pattern(
            "Labelled document number (strong)",
            # \K keeps the label out of the span; the number needs at least one digit, and with
            # words between label and number also a letter. One regex for both forms, so the
            # label is searched for only once.
            r"\b"
            + _LABEL
            + r"(?:"
            + _NUMBER_AFTER.format(shape=r"[A-Z0-9]{6,10}")
            + r"|"
            + _WORDS_BETWEEN
            + _NUMBER_AFTER.format(shape=r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,10}")
            + r")",
            0.6,
        ),
    )

    # Every label of _LABEL holds one of these (lower case: searched case-insensitively).
    PATTERN_TRIGGERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "Labelled document number (strong)": (
            "paspoort",
            "passport",
            "kaart",
            "card",
            "reisdocument",
            "rijbewijs",
            "licen",
            "verblijfs",
            "residence",
        ),
    }
    # The labelled number is only tried where its label can start: at most this far before a
    # trigger ("identiteitskaart" holds "kaart" eleven characters on); see recognizers._fast.
    START_REACH: ClassVar[dict[str, int]] = {"Labelled document number (strong)": 11}
    PEEK = 1  # the lookaheads (\b, (?![\d-])) read one character

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "paspoort",
        "id-kaart",
        "idkaart",
        "identiteit",  # identiteitskaart, identiteitsbewijs
        "documentnummer",
        "reisdocument",
        "rijbewijs",
        "legitimatie",
        "passport",
        "identity",
        "licence",
        "license",
        "driving",
        "verblijfs",  # verblijfsdocument, verblijfsvergunning, verblijfspas
        "residence",
    )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [result for result in results if not follows_reference_label(text, result.start)]

    def windows(
        self, text: str, nlp_artifacts: NlpArtifacts | None = None
    ) -> dict[str, list[Window]]:
        runs = [run.span() for run in _CAPITALS_AND_DIGITS.finditer(text)]
        return {pattern.regex: runs for pattern in self.PATTERNS[:2]}  # the two bare numbers

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject Dutch-shaped numbers that break the RvIG rules (e.g. contain the letter O) and
        numbers made of one repeated character."""
        if _DUTCH_SHAPE.fullmatch(pattern_text):
            return not identiteitskaartnummer.is_valid(pattern_text)
        return len(set(pattern_text)) == 1


RECOGNIZERS = (NlIdDocumentRecognizer,)

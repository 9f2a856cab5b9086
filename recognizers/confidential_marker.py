"""CONFIDENTIAL_MARKER: classification markings on pasted documents.

Markings covered (Dutch government and common English ones)
- Rijksoverheid / VIR-BI: ``Departementaal Vertrouwelijk`` (``Dep. V``), ``Stg. Confidentieel``,
  ``Stg. Geheim``, ``Stg. Zeer Geheim``, and the plain levels ``VERTROUWELIJK``, ``GEHEIM``,
  ``ZEER GEHEIM``;
- BIO (Baseline Informatiebeveiliging Overheid) levels ``BBN2`` and ``BBN3`` (BBN1 is basic);
- Traffic Light Protocol ``TLP:RED``, ``TLP:AMBER``, ``TLP:AMBER+STRICT`` (GREEN/CLEAR may be
  shared and are ignored);
- Gemeentewet: ``geheimhouding (is) opgelegd``, ``onder geheimhouding``, ``in besloten
  vergadering``; ``niet openbaar``, ``niet voor publicatie``, ``niet voor verspreiding``;
  press ``embargo`` ("EMBARGO tot 14:00", "onder embargo") and a level with the moment it
  lapses ("vertrouwelijk tot besluit", "geheim tot 1 juni"); a closed meeting that took place
  ("heeft in een besloten vergadering gesproken"), not a rule about one;
- English: ``Confidential``, ``Strictly confidential``, ``(For) internal use only``; Dutch:
  ``Persoonlijk en vertrouwelijk``, ``alleen voor intern gebruik``, ``ter vertrouwelijke
  kennisname``;
- procurement and HR: ``Concurrentiegevoelig`` (not for bidders), ``Bedrijfsvertrouwelijk``,
  ``Personeelsvertrouwelijk``, ``Persoonsvertrouwelijk``.

The same words are ordinary vocabulary ("het geheim van een goede speech", "hoe ga ik om met
vertrouwelijke documenten?"), so a plain level word only counts when it is written as a marking:
in capitals, alone on a line or at its start (header/footer, "Vertrouwelijk - niet
doorsturen"), at the end of a footer or subject line after ``|`` or a dash ("Onderwerp: Verzuim
K. Smit – vertrouwelijk"), right after a subject label ("Subject: Confidential – absence"), as
a closing sentence of its own ("... Strikt vertrouwelijk."), inside brackets, after a label
("Rubricering: Vertrouwelijk"; weaker labels such as "Status: vertrouwelijk" and "Let op:
vertrouwelijk" not in a question), in phrases like "dit document is vertrouwelijk" /
"onderstaande is vertrouwelijk" / "gemerkt als geheim", or as the first word of a text that is
titled like a document ("Vertrouwelijk juridisch advies over ...", but not "Vertrouwelijke
informatie moet je versleutelen"). Except for the structural forms (line, label, brackets),
nothing inside a sentence that ends in a question mark counts: those are questions about
policy. The span is the marking itself,
without the label or phrase that introduces it.

A pasted e-mail disclaimer is not a marking: "Deze e-mail is vertrouwelijk en uitsluitend
bestemd voor de geadresseerde", "This message may contain confidential information ... If you
are not the intended recipient ...". Every mail carries one, whatever its content. A marking
found in running text is dropped when the same paragraph, near it, speaks of the addressee or a
message received in error (``_in_disclaimer``); the structural forms (a header or footer line,
a subject line, brackets, a classification label, TLP, BBN, Stg.) still count there.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import GatedPatternRecognizer
from recognizers._gate import SHARED_TRIGGERS

# Level words as they appear in markings, longest first so alternation prefers them.
_LEVELS = (
    r"(?i:stg\.?[ \t]*zeer[ \t]+geheim|stg\.?[ \t]*geheim|stg\.?[ \t]*confidentieel"
    r"|persoonlijk[ \t]+en[ \t]+vertrouwelijk"
    r"|departementaal[ \t]+vertrouwelijk|zeer[ \t]+geheim|strikt[ \t]+vertrouwelijk"
    r"|intern[ \t]+vertrouwelijk|personeelsvertrouwelijk|persoonsvertrouwelijk"
    r"|bedrijfsvertrouwelijk|vertrouwelijk"
    r"|concurrentiegevoelig|geheim|confidentieel|strictly[ \t]+confidential"
    r"|confidential|(?:for[ \t]+)?internal[ \t]+use[ \t]+only|top[ \t]+secret|niet[ \t]+openbaar"
    r"|niet[ \t]+voor[ \t]+(?:publicatie|verspreiding)|embargo)\b"
)
# Every level contains one of these (see PATTERN_TRIGGERS below).
_LEVEL_TRIGGERS = (
    *("vertrouwelijk", "geheim", "confidenti", "internal", "secret", "openbaar", "publicatie"),
    *("verspreiding", "embargo", "concurrentiegevoelig"),
)
# Adjectival levels that can open a document title ("Vertrouwelijk advies", "Confidential memo").
_TITLE_LEVELS = (
    r"(?i:strikt[ \t]+vertrouwelijke?|intern[ \t]+vertrouwelijke?|personeelsvertrouwelijke?"
    r"|persoonsvertrouwelijke?"
    r"|bedrijfsvertrouwelijke?|vertrouwelijke?|concurrentiegevoelige?|strictly[ \t]+confidential"
    r"|confidential)\b"
)
_TITLE_TRIGGERS = ("vertrouwelijk", "confidential", "concurrentiegevoelig")
# What such a title names: a document, with at most one adjective before it ("juridisch").
_DOCUMENT_NOUNS = (
    r"(?i:advies|memo|nota|notitie|verslag|rapport|rapportage|stuk|document|bericht|brief"
    r"|overzicht|dossier|informatie|concept|besluit|voorstel|raadsvoorstel|collegevoorstel"
    r"|offerte|raming|analyse|onderzoek|advice|report|briefing|note|letter)"
)
# ... unless a verb follows: then the words are a sentence about such documents.
_SENTENCE_VERB = (
    r"(?i:is|zijn|wordt|worden|moet|moeten|mag|mogen|kan|kun|kunnen|vraag|vragen|aanvragen"
    r"|geven|krijgen|delen|bewaren|behandelen|versturen|must|should|can|may|are)"
)
# Not inside a sentence that ends with a question mark ("Wat betekent vertrouwelijk ...?").
# Bounded so a huge unpunctuated paste is not rescanned for every candidate.
_NOT_IN_QUESTION = r"(?![^\n.!?]{0,200}\?)"


# Tried only from the starts of lines that hold a level word, and from the characters their
# matches start with, on such a line before the level word (see match_starts).
_OWN_LINE = "Marking on its own line or at line start"
_ATTEMPT_CHARACTERS = {
    "Marking in brackets": re.compile(r"[\[(]"),
    "Marking as closing sentence": re.compile(r"[.!]"),
    "Marking at end of footer": re.compile(r"[|–—·•-]"),
}


def _marking(regex: str) -> str:
    return regex + _NOT_IN_QUESTION


# Wording of e-mail disclaimers, Dutch and English; not of a marking ("VERTROUWELIJK - alleen
# voor de leden van het college" names no addressee and no error).
_DISCLAIMER_CUE = re.compile(
    r"(?i:geadresseerde|addressee|beoogde[ \t]+ontvanger|intended[ \t]+recipient"
    r"|intended[ \t]+(?:solely[ \t]+|only[ \t]+|exclusively[ \t]+)?for[ \t]+the[ \t]+"
    r"(?:use|addressee|recipient|person|individual|named)"
    r"|(?:onterecht|ten[ \t]+onrechte|abusievelijk|per[ \t]+vergissing)[ \t]+(?:\w+[ \t]+)?"
    r"ontv(?:angen|angt)|received[ \t]+(?:\w+[ \t]+){0,2}in[ \t]+error|disclaimer"
    r"|legally[ \t]+privileged)"
)
# How far from a marking a disclaimer cue may be (a disclaimer is a few sentences long).
_DISCLAIMER_REACH = 300
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Patterns that find a marking in running text, where a disclaimer can hold it.
_RUNNING_TEXT_PATTERNS = frozenset(
    {
        "Marking as title at the start of the text",
        "Marking as closing sentence",
        "Marking after a status label",
        "Upper-case marking",
        "Marking in a statement about the document",
        "English confidentiality phrase",
        "Dutch confidentiality phrase",
        "Not for publication",
        "Marking until a decision or date",
    }
)


def _in_disclaimer(text: str, start: int, end: int) -> bool:
    """A disclaimer cue in the paragraph of ``text[start:end]``, within reach of it."""
    low = max(0, start - _DISCLAIMER_REACH)
    high = min(len(text), end + _DISCLAIMER_REACH)
    for paragraph_break in _PARAGRAPH_BREAK.finditer(text, low, high):
        if paragraph_break.end() <= start:
            low = paragraph_break.end()
        elif paragraph_break.start() >= end:
            high = paragraph_break.start()
            break
    return _DISCLAIMER_CUE.search(text, low, high) is not None


class ConfidentialMarkerRecognizer(GatedPatternRecognizer):
    """Recognizes classification markings such as VERTROUWELIJK, Stg. Geheim, TLP:RED, BBN3."""

    ENTITY = "CONFIDENTIAL_MARKER"
    # Case matters (VERTROUWELIJK vs vertrouwelijk); patterns opt in with (?i:...).
    REGEX_FLAGS = re.MULTILINE

    # Structural forms score 0.9+, so they win Presidio's de-duplication over the same span.
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Marking on its own line or at line start",
            r"^[ \t>*#_\[(]*\K" + _LEVELS + r"(?=[ \t*_\])]*(?:$|[:|/–-]))",
            0.9,
        ),
        Pattern(
            "Marking as title at the start of the text",
            _marking(
                r"\A[\s>*#_]*\K"
                + _TITLE_LEVELS
                + r"(?=[ \t]+(?:[^\W\d_]+[ \t]+)?"
                + _DOCUMENT_NOUNS
                + r"\b(?![ \t]+"
                + _SENTENCE_VERB
                + r"\b))"
            ),
            0.85,
        ),
        # After a separator at the end of a line: a footer or a subject line ("Onderwerp: Verzuim
        # K. Smit – vertrouwelijk"). The engine turns every dash into "-", so a hyphen counts
        # with a space before it.
        Pattern(
            "Marking at end of footer",
            r"(?:[|–—·•]|(?<=[ \t])-)[ \t]*\K" + _LEVELS + r"(?=[ \t*_]*$)",
            0.9,
        ),
        # Right after an e-mail subject label ("Subject: RE: Confidential - absence ...").
        Pattern(
            "Marking opening a subject line",
            r"(?<=^[ \t>]*)(?i:onderwerp|subject|betreft)[ \t]*:[ \t]*"
            r"(?:(?i:re|fw|fwd|aw|antw)[ \t]*:[ \t]*)*\K" + _LEVELS + r"(?=[ \t]*(?:$|[:|/–—-]))",
            0.85,
        ),
        # A level as a sentence of its own at the end of a line ("... onderzoeksbureau. Strikt
        # vertrouwelijk."); "Dat is vertrouwelijk." has more words in that sentence. The sentence
        # mark is matched and dropped with \K, not looked behind for: a regex that starts with a
        # look-behind is tried at every character.
        Pattern(
            "Marking as closing sentence",
            r"[.!][ \t]+\K" + _LEVELS + r"(?=[ \t]*[.!]?[ \t]*$)",
            0.85,
        ),
        Pattern("Marking in brackets", r"[\[(][ \t]*\K" + _LEVELS + r"(?=[ \t]*[\])])", 0.9),
        Pattern(
            "Marking after label",
            r"\b(?i:rubricering|classificatie|classification|vertrouwelijkheidsniveau"
            r"|markering|gerubriceerd)[ \t]*[:=][ \t]*\K(?:" + _LEVELS + r"|BBN[ \t-]?[23]\b)",
            0.95,
        ),
        # Weaker labels, also used in questions ("Status: vertrouwelijk? Wat betekent dat?").
        Pattern(
            "Marking after a status label",
            _marking(r"\b(?i:status|label|let[ \t]+op)[ \t]*[:=][ \t]*\K" + _LEVELS),
            0.85,
        ),
        # A level with the moment it lapses ("(vertrouwelijk tot besluit)", "geheim tot
        # publicatie op 1 juni"): said of a document, like an embargo; "het geheim tot succes"
        # names no such moment.
        Pattern(
            "Marking until a decision or date",
            _marking(
                r"\b(?i:strikt[ \t]+vertrouwelijk|vertrouwelijk|geheim|confidentieel)(?=[ \t]+tot"
                r"[ \t]+(?i:(?:het[ \t]+|de[ \t]+)?(?:besluit\w*|collegebesluit|raadsbesluit"
                r"|publicatie|openbaarmaking|vaststelling|bekendmaking|persconferentie)|nader"
                r"[ \t]+bericht|\d))"
            ),
            0.8,
        ),
        Pattern("TLP red/amber", _marking(r"\bTLP[ \t]*:[ \t]*(?:RED|AMBER(?:\+STRICT)?)\b"), 0.85),
        Pattern("BIO classification BBN2/BBN3", _marking(r"\bBBN[ \t-]?[23]\b"), 0.85),
        Pattern(
            "State secret marking",
            _marking(
                r"(?i:\bstg\.?[ \t]*(?:zeer[ \t]+)?geheim|\bstg\.?[ \t]*confidentieel"
                r"|\bdepartementaal[ \t]+vertrouwelijk)\b|\bDep\.?[ \t]?V\b"
            ),
            0.85,
        ),
        Pattern(
            "Upper-case marking",
            _marking(
                r"\b(?:ZEER GEHEIM|STRIKT VERTROUWELIJK|INTERN VERTROUWELIJK"
                r"|PERSONEELSVERTROUWELIJK|PERSOONSVERTROUWELIJK|BEDRIJFSVERTROUWELIJK"
                r"|VERTROUWELIJK"
                r"|CONCURRENTIEGEVOELIG|GEHEIM"
                r"|CONFIDENTIEEL|STRICTLY CONFIDENTIAL|CONFIDENTIAL|(?:FOR )?INTERNAL USE ONLY"
                r"|NIET OPENBAAR|NIET VOOR PUBLICATIE|NIET VOOR VERSPREIDING|EMBARGO)\b"
            ),
            0.8,
        ),
        Pattern(
            "Marking in a statement about the document",
            _marking(
                r"\b(?i:(?:(?:dit|deze|this)[ \t]+(?:document|stuk|bericht|e-?mail|memo|notitie"
                r"|nota|bestand|rapport|brief|informatie|verslag|bijlage|message|file|report)"
                r"|(?:onderstaande|bijgaande|bijgevoegde|het[ \t]+volgende)(?:[ \t]+(?:informatie"
                r"|tekst|stuk|document|bericht|notitie|verslag))?)[ \t]+"
                r"(?:is|blijft|valt[ \t]+onder)|(?:gemerkt|gerubriceerd|geclassificeerd|aangemerkt"
                r"|marked|classified|labell?ed)[ \t]+(?:als|as))[ \t]+[\"'“]?\K" + _LEVELS
            ),
            0.8,
        ),
        Pattern(
            "English confidentiality phrase",
            _marking(
                r"(?i:\bstrictly[ \t]+confidential|\b(?:for[ \t]+)?internal[ \t]+use[ \t]+only)\b"
            ),
            0.75,
        ),
        # The Dutch equivalents: "alleen voor intern gebruik", "ter vertrouwelijke kennisname"
        # (confidential information to the council). One space between the words, so that a
        # match starts a known distance before its trigger (START_REACH).
        Pattern(
            "Dutch confidentiality phrase",
            _marking(
                r"(?i:\b(?:alleen|uitsluitend)[ \t]voor[ \t]intern[ \t]gebruik"
                r"|\bter[ \t]vertrouwelijke[ \t]kennisname)\b"
            ),
            0.75,
        ),
        Pattern(
            "Geheimhouding",
            _marking(
                r"(?i:\bgeheimhouding[ \t]+(?:(?:is|wordt|werd|zijn)[ \t]+)?opgelegd"
                r"|\bopgelegde[ \t]+geheimhouding|\bonder[ \t]+geheimhouding)\b"
            ),
            0.75,
        ),
        # Not in a clause that describes something else as not (yet) public: "bedragen die nog
        # niet openbaar zijn", "zolang het niet openbaar is" are instructions, not markings.
        Pattern(
            "Not for publication",
            _marking(
                r"(?i:(?<!\b(?:die|dat|wat|welke|zolang|tot|totdat|als|indien)[ \t]+"
                r"(?:\w+[ \t]+){0,2}?)\bniet[ \t]+"
                r"(?:openbaar(?![ \t]+(?:gemaakt|maken|toegankelijk|vervoer))"
                r"|voor[ \t]+(?:publicatie|verspreiding)))\b"
            ),
            0.6,
        ),
        Pattern(
            "Embargo",
            _marking(
                r"(?i:\bonder[ \t]+\Kembargo\b|\bembargo(?=[ \t]*(?::|tot\b|t/m\b|until\b|till\b)))"
            ),
            0.75,
        ),
        Pattern(
            "In besloten vergadering",
            _marking(
                r"(?i:\b(?:in|tijdens)[ \t]+\Kbesloten[ \t]+(?:vergadering|zitting))\b"
                # A meeting that took place: "het college heeft in een besloten vergadering
                # gesproken"; "in een besloten vergadering mag de raad ..." is a rule.
                r"|(?i:(?<=\b(?:heeft|hebben|had|hadden|is|zijn|werd|werden)[ \t]+"
                r"(?:[\w-]+[ \t]+){0,3}?(?:in|tijdens)[ \t]+een[ \t]+)"
                r"besloten[ \t]+(?:vergadering|zitting))\b"
            ),
            0.7,
        ),
        # Only counts with context such as notulen / geheimhouding nearby, and not after the
        # generic article "een" ("tips voor het verslag van een besloten vergadering").
        Pattern(
            "Besloten vergadering (weak)",
            _marking(r"(?<!\b(?i:een)[ \t]+)(?i:\bbesloten[ \t]+(?:vergadering|zitting))\b"),
            0.3,
        ),
    )

    # Per pattern, substrings that every match contains (see recognizers._fast); keep in step
    # with PATTERNS and _LEVELS. Lower-case ones are searched case-insensitively.
    PATTERN_TRIGGERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "Marking on its own line or at line start": _LEVEL_TRIGGERS,
        "Marking as title at the start of the text": _TITLE_TRIGGERS,
        "Marking at end of footer": _LEVEL_TRIGGERS,
        "Marking opening a subject line": ("onderwerp", "subject", "betreft"),
        "Marking as closing sentence": _LEVEL_TRIGGERS,
        "Marking in brackets": _LEVEL_TRIGGERS,
        "Marking after label": (
            *("rubricering", "classific", "vertrouwelijkheidsniveau", "markering"),
            "gerubriceerd",
        ),
        "Marking after a status label": ("status", "label", "let"),
        "Marking until a decision or date": ("strikt", "vertrouwelijk", "geheim", "confidentieel"),
        "TLP red/amber": ("TLP",),
        "BIO classification BBN2/BBN3": ("BBN",),
        "State secret marking": ("stg", "departementaal", "Dep"),
        "Upper-case marking": (
            *("GEHEIM", "VERTROUWELIJK", "CONFIDENTI", "INTERNAL", "OPENBAAR", "NIET VOOR"),
            *("EMBARGO", "CONCURRENTIEGEVOELIG"),
        ),
        "Marking in a statement about the document": _LEVEL_TRIGGERS,
        "English confidentiality phrase": ("strictly", "internal"),
        "Dutch confidentiality phrase": ("intern", "kennisname"),
        "Geheimhouding": ("geheimhouding",),
        "Not for publication": ("openbaar", "publicatie", "verspreiding"),
        "Embargo": ("embargo",),
        "In besloten vergadering": ("besloten",),
        "Besloten vergadering (weak)": ("besloten",),
    }

    # Per pattern: how far before one of its triggers a match can start; such a pattern is only
    # tried there (see recognizers._fast).
    START_REACH: ClassVar[dict[str, int]] = {
        "Marking opening a subject line": 0,
        "Marking after a status label": 0,
        "Dutch confidentiality phrase": len("ter vertrouwelijke "),
        # Every match starts with one of these patterns' triggers.
        "Marking until a decision or date": 0,
        "State secret marking": 0,
    }

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "vertrouwelijk",
        "geheim",
        "geheimhouding",
        "rubricering",
        "notulen",
        "verslag",
        "agenda",
        "raadsstuk",
        "confidential",
        "minutes",
    )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            result
            for result in results
            if not (
                _pattern_name(result) in _RUNNING_TEXT_PATTERNS
                and _in_disclaimer(text, result.start, result.end)
            )
        ]

    def match_starts(
        self, pattern_name: str, text: str, nlp_artifacts: NlpArtifacts | None
    ) -> list[int] | None:
        """Where the line-bound markings can match from, found from the level words: no part
        of such a match crosses a line break (only "\\n" ends a line for "^" and "$"), and the
        level in it holds a level word. A marking on its own line starts at the start of such
        a line; one in brackets, after a sentence or after a footer separator at its bracket,
        sentence mark or separator before the level word on that line. Each stretch of text is
        read once, however many level words a line holds."""
        attempt_at = _ATTEMPT_CHARACTERS.get(pattern_name)
        if attempt_at is None and pattern_name != _OWN_LINE:
            return None
        folded_hits, _ = SHARED_TRIGGERS.hits(text, nlp_artifacts)
        hits = sorted(hit for needle in _LEVEL_TRIGGERS for hit in folded_hits.get(needle, ()))
        starts: list[int] = []
        scanned = 0  # candidates before this offset are known
        for hit in hits:
            newline = text.rfind("\n", scanned, hit)
            if attempt_at is None:
                if newline != -1 or not starts:  # else the line's start is known already
                    starts.append(newline + 1)
            else:
                begin = newline + 1 if newline != -1 else scanned
                starts += [found.start() for found in attempt_at.finditer(text, begin, hit)]
            scanned = max(scanned, hit)
        return starts


def _pattern_name(result: RecognizerResult) -> str | None:
    explanation = result.analysis_explanation
    return explanation.pattern_name if explanation is not None else None


RECOGNIZERS = (ConfidentialMarkerRecognizer,)

"""Admin allow-terms: public data of the municipality itself (``info@gemeente.nl``, the town
hall's address) that must never be flagged, and functional mailboxes (``woo@``, ``servicedesk@``
of any organisation), which address an organisation rather than a person."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from gateway.engine.types import Finding
from recognizers._gate import TriggerHits, automaton, fold, occurrences

# The domain part of an address: labels of letters, digits and hyphens, then a TLD.
_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
# Compiled patterns kept per set of alternatives present in a text; bounded for admin lists of
# hundreds of terms (each text then has its own mix).
_MAX_CACHED_PATTERNS = 256


class AllowTerms:
    """Finds the allow-term occurrences in a text with one case-insensitive pattern.

    Most texts contain none of the terms, and a pattern with alternatives costs time at every
    position. Each alternative therefore has a needle that every match of it starts with: the
    folded first word of a term, the folded local part and "@" of a mailbox. One Aho-Corasick
    pass finds the needles in the folded text. The pattern is built from the alternatives whose
    needle occurs, in their original order, which finds exactly what the full pattern finds (an
    alternative that cannot match anywhere in the text never decides a match), and it is only
    tried where a needle occurs, which finds what a search through the whole text finds."""

    def __init__(self, terms: Iterable[str], functional_mailboxes: Iterable[str] = ()) -> None:
        words = [term.split() for term in terms if term.strip()]
        # Longest first so that "Stadhuisplein 10" is not cut short by "Stadhuisplein 1".
        words.sort(key=lambda term: len(r"\s+".join(map(re.escape, term))), reverse=True)
        self._alternatives: list[tuple[str | None, str]] = [
            (_needle(term[0]), r"\s+".join(map(re.escape, term))) for term in words
        ]
        # "woo@gemeente-x.nl", not "jan.woo@..." nor "woo@" inside a longer local part. One
        # alternative per mailbox, longest first as in one alternation of them all.
        for local_part in sorted(
            functional_mailboxes, key=lambda part: len(re.escape(part)), reverse=True
        ):
            mailbox = r"(?<![\w.+-])(?:" + re.escape(local_part) + r")@" + _DOMAIN
            self._alternatives.append((_needle(local_part + "@"), mailbox))
        self._patterns: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._needles = _Needles(needle for needle, _ in self._alternatives if needle is not None)
        # A term without a needle may match anywhere: then the pattern searches the whole text.
        self._anchored = all(needle is not None for needle, _ in self._alternatives)

    def _pattern(self, alternatives: tuple[str, ...]) -> re.Pattern[str]:
        pattern = self._patterns.get(alternatives)
        if pattern is None:
            if len(self._patterns) >= _MAX_CACHED_PATTERNS:
                self._patterns.clear()
            source = r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"
            pattern = self._patterns[alternatives] = re.compile(source, re.IGNORECASE)
        return pattern

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not self._alternatives:
            return []
        found = self._needles.occurrences(fold(text))
        present = tuple(
            alternative
            for needle, alternative in self._alternatives
            if needle is None or needle in found
        )
        if not present:
            return []
        pattern = self._pattern(present)
        if not self._anchored:
            return [match.span() for match in pattern.finditer(text)]
        # As finditer: the leftmost match, then on from its end.
        spans: list[tuple[int, int]] = []
        for start in sorted({start for starts in found.values() for start in starts}):
            if spans and start < spans[-1][1]:
                continue
            match = pattern.match(text, start)
            if match is not None:
                spans.append(match.span())
        return spans

    def drop_allowed(self, text: str, findings: Sequence[Finding]) -> list[Finding]:
        """Remove findings that lie entirely within an allow-term occurrence."""
        spans = self.spans(text) if findings else []
        if not spans:
            return list(findings)
        return [
            finding
            for finding in findings
            if not any(start <= finding.start and finding.end <= end for start, end in spans)
        ]


class _Needles:
    """Finds where the needles occur in a folded text, overlaps included, as ``occurrences``
    with an automaton of them all does, but without a pass over the whole text for the many
    needles that hold an "@" (every mailbox's): those are looked up at each "@" of the text,
    by the slice that would hold them there. The few other needles are found with ``str.find``;
    many of them (a long admin list) with an automaton."""

    _FEW = 8

    def __init__(self, needles: Iterable[str]) -> None:
        unique = sorted(set(needles))
        # (offset of the needle's first "@", needle length) -> the needles of that shape
        self._at_shapes: dict[tuple[int, int], set[str]] = {}
        for needle in unique:
            if "@" in needle:
                self._at_shapes.setdefault((needle.index("@"), len(needle)), set()).add(needle)
        self._plain = [needle for needle in unique if "@" not in needle]
        self._plain_automaton = automaton(self._plain) if len(self._plain) > self._FEW else None

    def occurrences(self, folded: str) -> TriggerHits:
        hits: TriggerHits = {}
        if self._plain_automaton is not None:
            hits.update(occurrences(self._plain_automaton, folded))
        else:
            for needle in self._plain:
                start = folded.find(needle)
                while start != -1:
                    hits.setdefault(needle, []).append(start)
                    start = folded.find(needle, start + 1)
        if not self._at_shapes:
            return hits
        # Ascending "@" positions give each needle its starts in ascending order.
        at = folded.find("@")
        while at != -1:
            for (offset, length), shaped in self._at_shapes.items():
                start = at - offset
                if start >= 0:
                    candidate = folded[start : start + length]
                    if candidate in shaped:
                        hits.setdefault(candidate, []).append(start)
            at = folded.find("@", at + 1)
        return hits


def _needle(word: str) -> str | None:
    """The folded word, which every case-insensitive match of it contains; None (always try the
    term) for a non-ASCII word, where case-insensitive matching knows more equivalences than
    ``fold`` ("ς" and "σ")."""
    return fold(word) if word.isascii() else None

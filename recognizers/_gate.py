"""One pass over a text for the trigger substrings of every gated recognizer.

The gated recognizers (``recognizers._fast``, ``recognizers._terms``) each look for their own
trigger substrings before running any pattern. One Aho-Corasick pass over 2 KB costs about
30 µs whatever the number of triggers, so the recognizers register their triggers here and
share one pass per text, over the folded text: lower-case triggers are found there, and
triggers with capitals by their folded form, each such hit checked in the text as written.

The hits are shared through the text's ``NlpArtifacts``, which live exactly as long as the
analysis of one text: ``DocArtifacts`` (gateway.engine.artifacts) offers a ``per_text_cache``
dict. Without one (a recognizer called on its own) every call scans again, with the same result.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick

# Characters that a case-insensitive `re` or `regex` pattern matches with an ASCII letter,
# although ``str.lower`` keeps them apart (the Kelvin sign K does lower to "k").
_CASE_TWINS = (("İ", "i"), ("ı", "i"), ("ſ", "s"))


# The last text folded and its folded form: the trigger scan and several recognizers fold the
# same text in turn. One tuple, replaced whole, so that threads never see half of an entry;
# holding the text keeps its identity from being reused by another string.
_last_folded: tuple[str, str] = ("", "")


def fold(text: str) -> str:
    """``text`` lower-cased, of the same length, with every character that a case-insensitive
    pattern takes for an ASCII letter replaced by that letter: search lower-case triggers here."""
    global _last_folded
    last = _last_folded
    if last[0] is text:
        return last[1]
    folded = text
    if not folded.isascii():
        for twin, letter in _CASE_TWINS:
            folded = folded.replace(twin, letter)
    folded = folded.lower()
    _last_folded = (text, folded)
    return folded


# Per trigger, the sorted start offsets of its occurrences.
type TriggerHits = dict[str, list[int]]


def automaton(triggers: Iterable[str]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton over ``triggers`` (each its own value); None if empty."""
    built = ahocorasick.Automaton()
    for trigger in triggers:
        built.add_word(trigger, trigger)
    if len(built) == 0:
        return None
    built.make_automaton()
    return built


def occurrences(automaton: ahocorasick.Automaton | None, haystack: str) -> TriggerHits:
    """Where each trigger of ``automaton`` occurs in ``haystack``, overlaps included."""
    hits: TriggerHits = {}
    if automaton is not None and haystack:
        for end, trigger in automaton.iter(haystack):
            hits.setdefault(trigger, []).append(end - len(trigger) + 1)
    return hits


# A merged automaton's value per folded string: that string if it is a lower-case trigger
# itself, and the ASCII cased triggers that fold to it.
type _Targets = tuple[str | None, tuple[str, ...]]


def merged_automaton(folded: Iterable[str], cased: Iterable[str]) -> ahocorasick.Automaton | None:
    """One automaton over the folded text for the lower-case triggers and the ASCII cased ones
    (by their folded form; a hit is then checked in the text as written). Where the text has
    an ASCII cased trigger, the folded text has its lower-case form: ``fold`` maps every
    character on its own (ASCII ones to ``str.lower``) and keeps every offset."""
    targets: dict[str, tuple[str | None, list[str]]] = {word: (word, []) for word in folded}
    for word in cased:
        targets.setdefault(word.lower(), (None, []))[1].append(word)
    built = ahocorasick.Automaton()
    for key, (trigger, words) in targets.items():
        value: _Targets = (trigger, tuple(sorted(words)))
        built.add_word(key, value)
    if len(built) == 0:
        return None
    built.make_automaton()
    return built


def merged_occurrences(
    automaton: ahocorasick.Automaton | None, text: str
) -> tuple[TriggerHits, TriggerHits]:
    """``occurrences`` of the lower-case triggers in ``fold(text)`` and of the cased triggers
    in ``text``, in one pass (see ``merged_automaton``)."""
    folded_hits: TriggerHits = {}
    cased_hits: TriggerHits = {}
    if automaton is not None and text:
        targets: _Targets
        for end, targets in automaton.iter(fold(text)):
            trigger, words = targets
            if trigger is not None:
                folded_hits.setdefault(trigger, []).append(end - len(trigger) + 1)
            for word in words:
                start = end - len(word) + 1
                if text.startswith(word, start):
                    cased_hits.setdefault(word, []).append(start)
    return folded_hits, cased_hits


class TriggerScan:
    """The triggers of all registered recognizers, found in one pass per text (plus one over
    the text as written for cased triggers beyond ASCII, of which there are none so far)."""

    def __init__(self) -> None:
        self._folded: set[str] = set()
        self._cased: set[str] = set()
        # Built on first use after a registration; replaced (never changed) when triggers are
        # added, so a cached scan can tell which automata it came from.
        self._automata: tuple[ahocorasick.Automaton | None, ...] | None = None

    def register(self, folded: Iterable[str], cased: Iterable[str]) -> None:
        """Add triggers: ``folded`` ones (lower case) are searched in ``fold(text)``, ``cased``
        ones in the text as written."""
        folded, cased = set(folded), set(cased)
        if not (folded <= self._folded and cased <= self._cased):
            self._folded |= folded
            self._cased |= cased
            self._automata = None

    def hits(self, text: str, nlp_artifacts: Any = None) -> tuple[TriggerHits, TriggerHits]:
        """Occurrences of every registered trigger: (in the folded text, in the text)."""
        automata = self._automata
        if automata is None:
            ascii_cased = {word for word in self._cased if word.isascii()}
            automata = self._automata = (
                merged_automaton(self._folded, ascii_cased),
                automaton(self._cased - ascii_cased),
            )
        cache: dict[object, Any] | None = getattr(nlp_artifacts, "per_text_cache", None)
        if cache is not None:
            cached = cache.get(self)
            if cached is not None and cached[0] is text and cached[1] is automata:
                hits: tuple[TriggerHits, TriggerHits] = cached[2]
                return hits
        merged, other_cased = automata
        hits = merged_occurrences(merged, text)
        if other_cased is not None:
            hits[1].update(occurrences(other_cased, text))
        if cache is not None:
            cache[self] = (text, automata, hits)
        return hits


# Shared by every gated recognizer of the process.
SHARED_TRIGGERS = TriggerScan()

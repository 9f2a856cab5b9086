"""Text normalisation before matching, with offsets mapped back to the original.

Staff paste text from Word, PDFs and chat apps: full-width digits, non-breaking spaces, soft
hyphens, zero-width joiners and typographic dashes hide a BSN from a plain regex. We therefore
match on a normalised copy (Unicode NFKC, invisible characters removed, dashes unified) and map
every finding back to the original offsets, so that redaction cuts the original text exactly.

Only the changed places are stored (as edits). Text that is already NFKC and holds no invisible
character or typographic dash (ordinary Dutch with é and ë) is returned after two scans in C.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

# Invisible or formatting characters that carry no meaning in a prompt but split tokens.
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# Typographic dashes and minus signs -> ASCII hyphen, so "06‑12345678" matches like "06-12345678".
DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63", "-"))
# Characters that change although the text is NFKC already.
_REMOVED_OR_REPLACED = re.compile(
    "[" + "".join(sorted(INVISIBLE)) + "".join(chr(code) for code in sorted(DASHES)) + "]"
)
# A cluster: an optional ASCII base character followed by combining marks, or one non-ASCII
# character. Only clusters that normalisation changes matter.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff"
_COMBINING_RUN = re.compile(f"[{_COMBINING}]+")
# Below this code point the characters that normalisation keeps on their own (é, ë, €, ’ ...)
# are listed at import; from it on, every character counts as one that may change.
_SORTED_BELOW = 0x3000


@dataclass(frozen=True, slots=True)
class Edit:
    """Original span [original_start, original_end) became normalised [start, end)."""

    original_start: int
    original_end: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NormalizedText:
    original: str
    text: str
    edits: tuple[Edit, ...] = ()
    edit_starts: tuple[int, ...] = ()  # for bisect

    def _edit_at_or_before(self, position: int) -> Edit | None:
        index = bisect_right(self.edit_starts, position) - 1
        return self.edits[index] if index >= 0 else None

    def _original_of(self, position: int) -> tuple[int, int]:
        """Original span of normalised character ``position``."""
        edit = self._edit_at_or_before(position)
        if edit is not None and position < edit.end:
            return edit.original_start, edit.original_end
        shift = 0 if edit is None else edit.original_end - edit.end
        return position + shift, position + shift + 1

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if not self.edits:
            return start, end
        if start >= len(self.text):
            return len(self.original), len(self.original)
        original_start = self._original_of(start)[0]
        if end <= start:
            return original_start, original_start
        return original_start, self._original_of(end - 1)[1]


def _normal_form(cluster: str) -> str:
    visible = "".join(char for char in cluster if char not in INVISIBLE)
    return unicodedata.normalize("NFKC", visible).translate(DASHES) if visible else ""


def _cluster_start_class() -> str:
    """A character class of where a changing cluster can start or have its marks: the
    combining marks, and every other non-ASCII character that is not its own normal form."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x80, _SORTED_BELOW):
        char = chr(code)
        # _normal_form(char) == char, without building strings for the common case.
        kept = unicodedata.is_normalized("NFKC", char) and char not in _CHANGED_ALONE
        if kept and _COMBINING_RUN.match(char) is None:
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    ranges.append((_SORTED_BELOW, sys.maxunicode))
    return "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges) + "]"


# Characters that are their own NFKC form but are removed or replaced anyway.
_CHANGED_ALONE = INVISIBLE | frozenset(map(chr, DASHES))
# One character class: `re` skips the characters outside it without trying a match there.
_CLUSTER_START = re.compile(_cluster_start_class())


def normalize(text: str) -> NormalizedText:
    if text.isascii() or (
        unicodedata.is_normalized("NFKC", text) and not _REMOVED_OR_REPLACED.search(text)
    ):
        return NormalizedText(original=text, text=text)
    return normalize_clusters(text)


def _clusters(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the clusters that normalisation may change, in order. Every other
    non-ASCII character is a cluster of its own that stays as it is."""
    position = 0
    while (found := _CLUSTER_START.search(text, position)) is not None:
        start = end = found.start()
        marks = _COMBINING_RUN.match(text, start)
        if marks is None:
            end += 1
        else:
            end = marks.end()
            if start > position and text[start - 1].isascii():  # the marks' base character
                start -= 1
        yield start, end
        position = end


def normalize_clusters(text: str) -> NormalizedText:
    """``normalize`` without the shortcut for text that is already normal: cluster by cluster."""
    pieces: list[str] = []
    edits: list[Edit] = []
    cursor = 0  # in the original
    length = 0  # of the normalised text so far
    for start, end in _clusters(text):
        cluster = text[start:end]
        normal = _normal_form(cluster)
        if normal == cluster:
            continue
        unchanged = text[cursor:start]
        pieces.append(unchanged)
        length += len(unchanged)
        edits.append(Edit(start, end, length, length + len(normal)))
        pieces.append(normal)
        length += len(normal)
        cursor = end
    if not edits:
        return NormalizedText(original=text, text=text)
    pieces.append(text[cursor:])
    return NormalizedText(
        original=text,
        text="".join(pieces),
        edits=tuple(edits),
        edit_starts=tuple(edit.start for edit in edits),
    )

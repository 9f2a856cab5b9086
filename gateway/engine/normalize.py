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
import unicodedata
from bisect import bisect_right
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
# A cluster: an optional base character followed by combining marks, or one non-ASCII character.
_NON_ASCII_CLUSTER = re.compile(
    r"[\x00-\x7f]?[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]+|[^\x00-\x7f]"
)


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


def normalize(text: str) -> NormalizedText:
    if text.isascii() or (
        unicodedata.is_normalized("NFKC", text) and not _REMOVED_OR_REPLACED.search(text)
    ):
        return NormalizedText(original=text, text=text)
    return normalize_clusters(text)


def normalize_clusters(text: str) -> NormalizedText:
    """``normalize`` without the shortcut for text that is already normal: cluster by cluster."""
    pieces: list[str] = []
    edits: list[Edit] = []
    cursor = 0  # in the original
    length = 0  # of the normalised text so far
    for match in _NON_ASCII_CLUSTER.finditer(text):
        cluster = match.group()
        normal = _normal_form(cluster)
        if normal == cluster:
            continue
        unchanged = text[cursor : match.start()]
        pieces.append(unchanged)
        length += len(unchanged)
        edits.append(Edit(match.start(), match.end(), length, length + len(normal)))
        pieces.append(normal)
        length += len(normal)
        cursor = match.end()
    if not edits:
        return NormalizedText(original=text, text=text)
    pieces.append(text[cursor:])
    return NormalizedText(
        original=text,
        text="".join(pieces),
        edits=tuple(edits),
        edit_starts=tuple(edit.start for edit in edits),
    )

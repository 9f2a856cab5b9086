"""NLP artifacts that compute per-token lists only when something reads them.

Presidio's ``NlpArtifacts`` builds the lemma, offset and keyword lists of every token up front,
from Python ``Token`` objects: about half a millisecond per 2 KB prompt. The only readers are
the context enhancer, which looks at a few tokens around each finding, and ``SpacyRecognizer``,
which reads the entities. ``DocArtifacts`` therefore keeps the ``Doc`` and offers both:

- Presidio's attributes (``lemmas``, ``tokens_indices``, ``keywords``), computed on first use,
  so Presidio's own enhancer and any recognizer reading them see the usual values;
- ``ContextTokens``: what the context enhancer needs (token ends, lower-case lemmas, keyword
  test) read from the ``Doc``'s arrays, per token only for the tokens around a finding.

Keywords follow ``DocKeywordArtifacts`` semantics (tested against Presidio's): the lower-cased
lemmas, split at ":", of the tokens that are neither stop words nor punctuation, without the
lemmas "-pron-" and "be". Whether a token is a context word depends on the whole text (Presidio
tests a lemma's membership in the text's keyword list), so that set is still built once per
text, from the distinct lemmas only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LEMMA, LENGTH, LOWER
from spacy.tokens import Doc, Span

# Lemmas that Presidio never treats as context words.
_NOT_KEYWORDS = ("-pron-", "be")


def keyword_pieces(lemma: str) -> list[str]:
    """The context keywords one qualifying token contributes (Presidio's ``set_keywords``)."""
    lowered = lemma.lower()
    return [] if lowered in _NOT_KEYWORDS else lowered.split(":")


class ContextTokens:
    """The tokens of a text as the context enhancer reads them: where each token ends, its
    lower-case lemma and whether that lemma is one of the text's keywords. This base class
    reads Presidio's lists, so it works for any ``NlpArtifacts``."""

    def __init__(self, artifacts: NlpArtifacts) -> None:
        self.ends: list[int] = [
            start + len(token)
            for start, token in zip(artifacts.tokens_indices, artifacts.tokens, strict=True)
        ]
        self._lemmas = [lemma.lower() for lemma in artifacts.lemmas]
        self._keywords = set(artifacts.keywords)

    def token_at(self, offset: int) -> int:
        """Presidio's token of a match starting at ``offset``: the first token that ends after
        it (Presidio raises if there is none; the last token then)."""
        return min(bisect_right(self.ends, offset), len(self.ends) - 1)

    def lemma(self, index: int) -> str:
        """The token's lower-case lemma."""
        return self._lemmas[index]

    def is_keyword(self, index: int) -> bool:
        """Whether the token's lemma is one of the text's keywords (a possible context word)."""
        return self.lemma(index) in self._keywords

    @cached_property
    def keyword_positions(self) -> list[int]:
        """The indices of the tokens that are keywords, ascending."""
        return [index for index in range(len(self.ends)) if self.is_keyword(index)]


class DocContextTokens(ContextTokens):
    """``ContextTokens`` read from a ``Doc``'s attribute arrays; strings only where needed.

    Looking a lemma up in spaCy's string store costs about half a microsecond, so this works
    with lemma ids (hashes of the strings) where that gives the same answer. When every lemma is
    the token's lower-case form (LEMMA == LOWER, as in our pipeline), the text's keywords are
    the lemmas of the qualifying tokens, except that a lemma with a ":" ("12:30") contributes
    its pieces ("12", "30") instead of itself. So a lemma is a keyword exactly when its id is
    that of an unsplit qualifying lemma, or when its string is one of those pieces. Any other
    pipeline gets the keyword set built from strings, once per distinct lemma.

    The ids stay in numpy arrays: turning hundreds of 64-bit hashes into Python ints and sets
    cost more than the rest of the context step."""

    def __init__(self, doc: Doc, text: str) -> None:  # not super().__init__(): builds all lists
        self._strings = doc.vocab.strings
        rows = doc.to_array([IDX, LENGTH, LEMMA, LOWER, IS_STOP, IS_PUNCT])
        self.ends = (rows[:, 0] + rows[:, 1]).tolist()
        self._lemma_ids = cast(NDArray[np.uint64], rows[:, 2])
        qualifying = (rows[:, 4] == 0) & (rows[:, 5] == 0)
        self._lemma_cache: dict[int, str] = {}
        # Sorted ids of the unsplit qualifying lemmas (repeats included: a search in them needs
        # no np.unique, which costs more than all else here), when lemmas are lower case.
        self._keyword_ids: NDArray[np.uint64] | None = None
        self._keywords = set()  # by string: the split pieces, or all keywords
        split_ids = self._split_lemma_ids(doc, text, qualifying)
        if split_ids is not None and (self._lemma_ids == rows[:, 3]).all():
            unsplit = qualifying.copy()
            for lemma_id in split_ids | {self._strings[word] for word in _NOT_KEYWORDS}:
                unsplit &= self._lemma_ids != lemma_id
            self._keyword_ids = np.sort(self._lemma_ids[unsplit])
            for lemma_id in split_ids:
                self._keywords.update(keyword_pieces(self._strings[lemma_id]))
        else:
            for lemma_id in set(self._lemma_ids[qualifying].tolist()):
                self._keywords.update(keyword_pieces(self._strings[lemma_id]))

    def _split_lemma_ids(
        self, doc: Doc, text: str, qualifying: NDArray[np.bool_]
    ) -> set[int] | None:
        """Lemma ids of the qualifying tokens that hold a ":". ``text`` must be the Doc's text
        (``doc.text`` would join all tokens again); None if it is not."""
        if not doc or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
            return None
        split: set[int] = set()
        colon = text.find(":")
        while colon != -1:
            index = bisect_right(self.ends, colon)  # the token that ends after the colon
            if qualifying[index] and doc[index].idx <= colon:
                split.add(int(self._lemma_ids[index]))
            colon = text.find(":", colon + 1)
        return split

    def lemma(self, index: int) -> str:
        lemma = self._lemma_cache.get(index)
        if lemma is None:
            lemma = self._strings[int(self._lemma_ids[index])].lower()
            self._lemma_cache[index] = lemma
        return lemma

    def is_keyword(self, index: int) -> bool:
        if self._keyword_ids is None:
            return bool(self._keywords) and self.lemma(index) in self._keywords
        positions = self.keyword_positions
        at = bisect_left(positions, index)
        return at < len(positions) and positions[at] == index

    @cached_property
    def keyword_positions(self) -> list[int]:
        if self._keyword_ids is None:
            return super().keyword_positions
        # Lemmas are lower case here, so a split piece is a keyword exactly when a lemma's id is
        # the piece's id.
        wanted = self._keyword_ids
        if self._keywords:
            pieces = np.array([self._strings[piece] for piece in self._keywords], np.uint64)
            wanted = np.sort(np.concatenate((wanted, pieces)))
        return _positions_in(self._lemma_ids, wanted)


def _positions_in(values: NDArray[np.uint64], sorted_ids: NDArray[np.uint64]) -> list[int]:
    """The indices of ``values`` that occur in ``sorted_ids`` (``np.isin``, which costs ten
    times as much on arrays of a few hundred)."""
    if not len(sorted_ids):
        return []
    found = np.minimum(np.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    positions: list[int] = np.flatnonzero(sorted_ids[found] == values).tolist()
    return positions


class DocArtifacts(NlpArtifacts):
    """``NlpArtifacts`` over a ``Doc`` whose per-token lists are computed on first use."""

    def __init__(
        self,
        doc: Doc,
        entities: Sequence[Span],
        scores: list[float],
        nlp_engine: NlpEngine,
        language: str,
    ) -> None:
        # Not NlpArtifacts.__init__: it computes the lemma and keyword lists eagerly.
        self.tokens = doc
        self.entities = list(entities)
        self.scores = scores if scores else [0.85] * len(self.entities)  # Presidio's default
        self.nlp_engine = nlp_engine
        self.language = language
        # Work that several recognizers share for this one text (see recognizers._gate).
        self.per_text_cache: dict[object, Any] = {}

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        return [token.lemma_ for token in self.tokens]

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        indices: list[int] = self.tokens.to_array(IDX).tolist()
        return indices

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return [
            piece
            for token in self.tokens
            if not (token.is_stop or token.is_punct)
            for piece in keyword_pieces(token.lemma_)
        ]

    def context_tokens(self, text: str) -> ContextTokens:
        """The enhancer's view of the tokens of ``text`` (the text of this Doc)."""
        cached = self.per_text_cache.get(ContextTokens)
        if cached is None or cached[0] is not text:
            cached = self.per_text_cache[ContextTokens] = (
                text,
                DocContextTokens(self.tokens, text),
            )
        tokens: ContextTokens = cached[1]
        return tokens


def context_tokens(artifacts: NlpArtifacts, text: str) -> ContextTokens:
    """The enhancer's view of any artifacts of ``text``; the fast one for ``DocArtifacts``."""
    if isinstance(artifacts, DocArtifacts):
        return artifacts.context_tokens(text)
    return ContextTokens(artifacts)

"""Custom spaCy components used by the bundled Dutch pipeline."""

from __future__ import annotations

from typing import cast

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d


@Language.component("lowercase_lemma")
def lowercase_lemma(doc: Doc) -> Doc:
    """Presidio's context enhancer matches context words against lemmas; a blank pipeline has
    none, so use the lower-cased form (cheap, and good enough for context words). One array
    copy instead of a Python loop over the tokens."""
    doc.from_array([LEMMA], cast(Ints2d, doc.to_array([LOWER])))
    return doc

"""A fast regex tokenizer for Dutch prompts (spaCy tokenizer ``ai_poort.fast_tokenizer.v1``).

Prompts are new text every time. spaCy's rule tokenizer is fast only on strings it has cached,
and every word spaCy has not seen before costs a new vocabulary entry with about 20 lexical
attributes computed in Python (shape, prefix, like_url, ...). This module therefore

- splits the text with one compiled pattern and builds the ``Doc`` from words and spaces, and
- keeps only the lexical attributes the gateway reads (``lean_lexemes`` callback).

Tokens: words with inner hyphens and apostrophes ("Bos-van", "d'Ancona", "e-mail"); numbers
with their suffix ("12a", "35-II", "06-12345678", "1.000,50", "12:30"); initials and dotted
abbreviations ("J.P.", "o.a.", "dhr.", "mevr."); "'t", "'s" and "'s-Hertogenbosch"; e-mail
addresses and domains ("j.devries@x.nl", "gmail.com"); every other character on its own
(punctuation, symbols). A single space after a token is its trailing
whitespace; any other run of whitespace is a token of its own, so ``doc.text`` is the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, cast

from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, IS_STOP, LOWER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

# Abbreviations that keep their dot: forms of address (the dotted entries of titles.txt) and
# words often abbreviated in municipal text. After them a capital does not start a sentence.
ABBREVIATIONS = (
    "bc", "dhr", "dr", "drs", "ds", "fam", "ing", "ir", "mej", "mevr", "mr", "mw", "prof",
    "bijv", "ca", "evt", "excl", "incl", "jl", "nr", "resp", "tel", "vs", "etc", "enz", "blz",
    "afd", "wnd", "geb", "str", "zgn", "mln", "mld", "pag", "max", "min",
    # in street names: "Jhr. Ruys de Beerenbroeckstraat", "Burg. de Withstraat", "St. Jansstraat"
    "jhr", "st", "burg", "mgr", "weth", "past", "pr", "gebr", "hert", "zr", "kon", "secr",
)  # fmt: skip
# Not "art." or "ong.": Art and Ong are names. "Max." is kept whole as spaCy does ("Max. vijf
# stappen"), so a sentence ending in the name Max loses that name.
# Initials of more than one letter ("Th. de Boer", "Joh. van Dam").
INITIAL_PARTS = ("Chr", "Joh", "Th", "Ch", "Ph", "Wm", "IJ", "Ij")


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that "drs" is tried before "dr"."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


LETTER = r"[^\W\d_]"
PUNCTUATION_SHORTCUT = r"[^\w\s'’]"
WORD = r"\w+(?:['’-]\w+)*"  # "Bos-van", "d'Ancona", "35-II", "06-12345678", "e-mail"
# Most tokens of all: a run of word characters before whitespace or the end. The next
# alternative would match it the same way, at the cost of its atomic group and lookahead.
PLAIN_WORD_SHORTCUT = r"\w++(?!\S)"
TOKEN = "|".join(
    [
        PLAIN_WORD_SHORTCUT,
        # Most tokens: a word not followed by a dot or a number separator. Atomic, so the
        # regex engine does not retry shorter words; the rare rest falls through below.
        rf"(?>{WORD})(?![.@]|[,:/]\d)",
        # Punctuation and symbols, as the last alternative does, but tried early: no
        # alternative in between can start with such a character (each starts with a word
        # character or an apostrophe), and trying them all cost a fifth of the tokenizer.
        PUNCTUATION_SHORTCUT,
        # "dhr.", "Mevr.", "nr.", "Prof.dr." (not "Drenthe.": the dot must follow directly)
        rf"(?:(?i:{_alternation(ABBREVIATIONS)})\.)+(?!{LETTER})",
        # initials and dotted abbreviations: "J.", "J.P.M.", "Th.", "o.a.", "t.a.v."
        rf"(?:(?:{_alternation(INITIAL_PARTS)}|{LETTER})\.)+(?![\w@])",
        r"\d+(?:[.,:/]\d+)+",  # "1.000,50", "12:30", "12/05/2024"
        r"['’]s-\w+(?:-\w+)*",  # "'s-Hertogenbosch", "'s-Gravenhage"
        rf"['’][tsTS](?!{LETTER})",  # "van 't Hof", "'s avonds"
        # e-mail addresses, domains and file names stay whole, as in spaCy: "j.devries@x.nl",
        # "gmail.com" (Presidio's context words see "gmail.com", not "gmail", ".", "com")
        rf"{WORD}(?:[.@]{WORD})+",
        WORD,  # a word before a sentence-final dot: "Leiden."
        r"[^\w\s]",  # anything else is one character: punctuation, symbols, emoji
    ]
)
# One match per token: (whitespace run, token, the single space after the token).
TOKEN_PATTERN = re.compile(rf"(\s+)|({TOKEN})( ?)")


def tokenize(text: str) -> tuple[list[str], list[bool]]:
    """Words (whitespace runs other than a single trailing space included) and spaces."""
    parts = TOKEN_PATTERN.findall(text)
    words = [space_run or token for space_run, token, _ in parts]
    spaces = [bool(space) for _, _, space in parts]
    return words, spaces


# Word ids remembered per tokenizer; cleared when full (only adversarial text gets there).
ORTH_CACHE_SIZE = 100_000


class FastTokenizer:
    """Callable like spaCy's tokenizer: text in, ``Doc`` out.

    ``Doc`` accepts a word as its string or as its id (orth). For a string, spaCy hashes it and
    asks the string store twice, through Python calls: most of the cost of building a ``Doc``.
    So the tokenizer remembers the id of each word it has seen and passes ids; a new word goes
    in as a string and its id is read from the ``Doc``. Same lexemes, same ``Doc``."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._orths: dict[str, int] = {}

    def __call__(self, text: str) -> Doc:
        words, spaces = tokenize(text)
        if len(self._orths) > ORTH_CACHE_SIZE:
            self._orths = {}
        orths = self._orths
        known: list[int | str | None] = list(map(orths.get, words))
        new = [i for i, orth in enumerate(known) if orth is None] if None in known else []
        for i in new:
            known[i] = words[i]
        try:
            # spaCy's stubs name only strings; Doc takes ids too (see its docstring).
            doc = Doc(self.vocab, words=cast(list[str], known), spaces=spaces)
        except KeyError:  # an id that the string store dropped (a spaCy memory zone ended)
            self._orths = {}
            return Doc(self.vocab, words=words, spaces=spaces)
        for i in new:
            orths[words[i]] = doc[i].orth
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # The tokenizer has no state beyond its pattern and the id cache: nothing to save or load.
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> FastTokenizer:
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> FastTokenizer:
        return self


def create_fast_tokenizer() -> Callable[[Language], FastTokenizer]:
    def make(nlp: Language) -> FastTokenizer:
        return FastTokenizer(nlp.vocab)

    return make


registry.tokenizers.register("ai_poort.fast_tokenizer.v1", func=create_fast_tokenizer)


# Lexical attributes that are read: LOWER by the lemma step, IS_STOP and IS_PUNCT by Presidio
# (keywords), IS_ALPHA, IS_DIGIT and IS_SPACE are cheap and commonly used.
LEAN_LEXEME_ATTRS = frozenset([LOWER, IS_ALPHA, IS_DIGIT, IS_SPACE, IS_PUNCT, IS_STOP])


def create_lean_lexemes() -> Callable[[Language], Language]:
    """Compute only the lexical attributes above when a word is first seen: about 6 µs instead
    of 20 µs per new word. Tokens of this pipeline therefore have no ``norm_``, ``shape_``,
    ``prefix_``, ``suffix_``, ``like_num``, ``like_url``, ``like_email`` (all empty/false)."""

    def lean(nlp: Language) -> Language:
        vocab: Any = nlp.vocab  # lex_attr_getters is missing from spaCy's type stubs
        getters = vocab.lex_attr_getters
        vocab.lex_attr_getters = {k: f for k, f in getters.items() if k in LEAN_LEXEME_ATTRS}
        return nlp

    return lean


registry.callbacks.register("ai_poort.lean_lexemes.v1", func=create_lean_lexemes)

"""The fast regex tokenizer: exact offsets, the token shapes the finder relies on, and the
spaCy plumbing (registry, saving and loading, lexical attributes Presidio reads)."""

from __future__ import annotations

import json
import random
import re

import pytest
import spacy
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, IS_STOP, LOWER, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

import nl_models.tokenizer as tokenizer_module
from benchmarks.speed import make_inputs
from nl_models.build_pipeline import PIPELINE_DIR
from nl_models.evaluate import CORPUS
from nl_models.lexicon import load_lexicons
from nl_models.synthetic import generate
from nl_models.tokenizer import (
    PLAIN_WORD_SHORTCUT,
    PUNCTUATION_SHORTCUT,
    TOKEN_PATTERN,
    FastTokenizer,
    tokenize,
)


def words(nlp: Language, text: str) -> list[str]:
    return [token.text for token in nlp.make_doc(text)]


def test_pipeline_uses_the_fast_tokenizer(nlp: Language) -> None:
    assert isinstance(nlp.tokenizer, FastTokenizer)


def test_doc_text_equals_input_for_every_corpus_and_synthetic_text(nlp: Language) -> None:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    texts += [example.text for example in generate(200, seed=3)]
    assert len(texts) > 200
    for text in texts:
        doc = nlp.make_doc(text)
        assert doc.text == text
        assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "  twee  spaties  ", "\tTab\r\nCRLF \u00a0nbsp", "a\u200bb", "😀 emoji"],
)
def test_whitespace_and_odd_characters_keep_exact_text(nlp: Language, text: str) -> None:
    assert nlp.make_doc(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerkstraat 12a.", ["Kerkstraat", "12a", "."]),
        (
            "Laan van Meerdervoort 35-II, Den Haag",
            ["Laan", "van", "Meerdervoort", "35-II", ",", "Den", "Haag"],
        ),
        ("Mw. J.P. de Vries", ["Mw.", "J.P.", "de", "Vries"]),
        ("dhr. Th. Bos-van der Meulen", ["dhr.", "Th.", "Bos-van", "der", "Meulen"]),
        ("o.a. t.a.v. bijv. nr. 5", ["o.a.", "t.a.v.", "bijv.", "nr.", "5"]),
        ("Hij woont in Drenthe.", ["Hij", "woont", "in", "Drenthe", "."]),
        ("van 't Hof in 's-Hertogenbosch", ["van", "'t", "Hof", "in", "'s-Hertogenbosch"]),
        ("d'Ancona en O'Brien", ["d'Ancona", "en", "O'Brien"]),
        (
            "BSN:123456782, 3,5% en € 1.000,50",
            ["BSN", ":", "123456782", ",", "3,5", "%", "en", "€", "1.000,50"],
        ),
        ("pkowal;Paulina Kowalska|Jan", ["pkowal", ";", "Paulina", "Kowalska", "|", "Jan"]),
        ("B.J.M. (Bas) Timmermans", ["B.J.M.", "(", "Bas", ")", "Timmermans"]),
        ("Prof.dr. Jansen", ["Prof.dr.", "Jansen"]),
        # e-mail addresses and domains stay whole: Presidio's context words see "gmail.com"
        ("jan.jansen at gmail.com.", ["jan.jansen", "at", "gmail.com", "."]),
        ("mail p.kowalska@gemeente-x.nl", ["mail", "p.kowalska@gemeente-x.nl"]),
    ],
)
def test_token_shapes(nlp: Language, text: str, expected: list[str]) -> None:
    assert [w for w in words(nlp, text) if not w.isspace()] == expected


def test_every_dotted_title_is_one_token(nlp: Language) -> None:
    dotted = [title for title in load_lexicons().titles if title.endswith(".")]
    assert dotted
    for title in dotted:
        assert words(nlp, f"Brief aan {title} Jansen") == ["Brief", "aan", title, "Jansen"]


def test_lexical_attributes_that_presidio_reads(nlp: Language) -> None:
    doc = nlp("De cliënt, mevrouw Jansen, belt.")
    assert [t.is_stop for t in doc][:1] == [True]
    assert [t.is_punct for t in doc if t.text == ","] == [True, True]
    assert [t.lemma_ for t in doc] == [t.lower_ for t in doc]
    assert nlp.vocab["de"].is_stop and nlp.vocab[","].is_punct
    # the costly attributes are not computed: shape is empty
    assert nlp.vocab["Jansen"].shape_ == ""


def test_pipeline_round_trips_through_bytes_and_disk(nlp: Language) -> None:
    text = "Mevrouw Fatima El Amrani woont op de Kerkstraat 12a."
    copy = spacy.blank("nl", config={"nlp": {"tokenizer": nlp.config["nlp"]["tokenizer"]}})
    assert isinstance(copy.tokenizer, FastTokenizer)
    assert isinstance(nlp.tokenizer, FastTokenizer)
    copy.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert words(copy, text) == words(nlp, text)
    loaded = spacy.load(PIPELINE_DIR)
    assert [(e.text, e.label_) for e in loaded(text).ents] == [
        ("Fatima El Amrani", "PERSON"),
        ("Kerkstraat 12a", "ADDRESS"),
    ]


@pytest.mark.parametrize("shortcut", [PUNCTUATION_SHORTCUT, PLAIN_WORD_SHORTCUT])
def test_shortcuts_split_exactly_like_the_plain_alternation(shortcut: str) -> None:
    """The early punctuation and plain-word alternatives only save time: without one (a later
    alternative then matches those characters) every text splits the same, incl. random mixes
    of quotes, dots, digits, letters, symbols and white space around the shortcuts' edge
    cases."""
    plain = re.compile(TOKEN_PATTERN.pattern.replace(shortcut + "|", "", 1))
    assert plain.pattern != TOKEN_PATTERN.pattern
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    texts += [example.text for example in generate(200, seed=5)]
    texts += make_inputs(2000, 10)
    alphabet = "aZé1_ .,:;/@'’-–\n\t\u00a0()€+*#|\"!?&%😀"
    rng = random.Random(11)
    texts += ["".join(rng.choices(alphabet, k=rng.randint(1, 40))) for _ in range(5000)]
    for text in texts:
        assert TOKEN_PATTERN.findall(text) == plain.findall(text)


LEXEME_ATTRS = [ORTH, SPACY, LOWER, IS_ALPHA, IS_DIGIT, IS_SPACE, IS_PUNCT, IS_STOP]


def plain_doc(nlp: Language, text: str) -> Doc:
    """The Doc built from the words as strings, without the tokenizer's remembered ids."""
    words, spaces = tokenize(text)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def test_docs_from_remembered_word_ids_equal_docs_from_strings() -> None:
    """A fresh pipeline (empty vocabulary and id cache) reads every text twice: first its new
    words go in as strings, then all as remembered ids; both Docs equal the plain one."""
    fresh = spacy.load(PIPELINE_DIR)
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    texts += make_inputs(2000, 10)
    rng = random.Random(13)
    alphabet = "aZé1 .,:;@'-\n\t\u00a0()€😀"
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 40))) for _ in range(500)]
    for text in texts:
        for doc in (fresh.make_doc(text), fresh.make_doc(text)):
            expected = plain_doc(fresh, text)
            assert doc.text == text
            assert (doc.to_array(LEXEME_ATTRS) == expected.to_array(LEXEME_ATTRS)).all()


def test_word_id_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = spacy.load(PIPELINE_DIR)
    tokenizer = fresh.tokenizer
    assert isinstance(tokenizer, FastTokenizer)
    monkeypatch.setattr(tokenizer_module, "ORTH_CACHE_SIZE", 3)
    for text in ["een twee drie vier vijf", "zes zeven acht", "een twee"]:
        doc = fresh.make_doc(text)
        assert len(tokenizer._orths) <= 3 + len(doc)
        assert (doc.to_array(LEXEME_ATTRS) == plain_doc(fresh, text).to_array(LEXEME_ATTRS)).all()


def test_ids_of_words_dropped_with_a_memory_zone_fall_back_to_strings() -> None:
    fresh = spacy.load(PIPELINE_DIR)
    text = "Qwzxkj Plorvendaal schreef zlorpt"
    with fresh.memory_zone():
        fresh.make_doc(text)  # remembers ids of words that only live in the zone
    doc = fresh.make_doc(text)
    assert [token.text for token in doc] == ["Qwzxkj", "Plorvendaal", "schreef", "zlorpt"]
    assert (doc.to_array(LEXEME_ATTRS) == plain_doc(fresh, text).to_array(LEXEME_ATTRS)).all()

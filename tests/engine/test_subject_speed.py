"""The shortcuts that make subject linking fast must give the same answers as the plain way."""

from __future__ import annotations

import pytest

from benchmarks.corpus import load_corpus
from benchmarks.speed import make_inputs
from gateway.engine import subject
from recognizers.person_reference import find_references

CORPUS = [prompt.text for prompt in load_corpus()]
LONG = make_inputs(2_000, 10)
# References and look-aheads right at the places where the search may cut the text.
TRICKY = [
    "Ze vroeg het aan Mr.\n\nJansen of zij\n\nzijn dochter kende. Ze: zijn er.",
    "Het gaat om een specifieke klant: mijn cliënt? De aanvrager! Hij; zij zijn er.",
    "Dhr. de Vries is ziek. Cliënt heeft diabetes. i.v.m. zijn moeder, geb. 1950. Mevr.",
    "Mijn\ncliënt. De\n\nklant? Hebben ze. Zij. Zijn ze?   Ik heb een klant die.",
]


def _assert_same_within(text: str, start: int, end: int) -> None:
    whole = find_references(text)
    part = find_references(text, [(start, end)])
    assert set(part) <= set(whole)
    assert [ref for ref in part if start <= ref.start < end] == [
        ref for ref in whole if start <= ref.start < end
    ]


@pytest.mark.parametrize("text", TRICKY)
def test_references_within_every_short_span(text: str) -> None:
    for start in range(len(text)):
        _assert_same_within(text, start, start + 1)


@pytest.mark.parametrize("text", CORPUS[::10] + LONG)
def test_references_within_sliding_spans(text: str) -> None:
    for start in range(0, len(text), 41):
        _assert_same_within(text, start, min(len(text), start + 120))


def test_references_within_several_spans() -> None:
    text = LONG[0]
    spans = [(900, 950), (10, 40), (930, 1200)]
    whole = find_references(text)
    part = find_references(text, spans)
    assert {ref for ref in whole if any(a <= ref.start < b for a, b in spans)} <= set(part)
    assert set(part) <= set(whole)
    assert len(part) < len(whole)


@pytest.mark.parametrize("text", TRICKY + CORPUS + LONG)
def test_sentence_split_looks_back_only_at_sentence_end(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = subject._sentences(text)
    # Looking back over the whole sentence for an abbreviation must give the same sentences.
    monkeypatch.setattr(subject, "_ABBREVIATION_MAX_LENGTH", len(text) + 1)
    assert subject._sentences(text) == fast


def test_abbreviation_max_length_covers_longest_abbreviation() -> None:
    for abbreviation in ("i.v.m", "m.b.t", "t.a.v", "z.s.m", "mevr", "bijv"):
        assert len(abbreviation) <= subject._ABBREVIATION_MAX_LENGTH
        assert subject._ABBREVIATION.search("zie " + abbreviation) is not None

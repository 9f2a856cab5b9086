"""The shortcuts that make subject linking fast must give the same answers as the plain way."""

from __future__ import annotations

import pytest
import regex as re

from benchmarks.corpus import load_corpus
from benchmarks.speed import make_inputs
from gateway.engine import subject
from gateway.engine.types import Finding
from recognizers import person_reference
from recognizers.person_reference import PersonReference, Strength, find_references

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


# --- patterns tried only at their first words ---------------------------------------------------

_CASE_NOTE_VERB = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(person_reference._CASE_NOTE_VERBS)) + r")(?!\w)",
    re.IGNORECASE,
)


def _search_everywhere(text: str, start: int, end: int) -> list[PersonReference]:
    """person_reference._search the plain way: every pattern searched at every character."""
    endpos = min(end + 1, len(text))
    found = [
        PersonReference(match.start(), match.end(), strength)
        for pattern, strength, _ in person_reference._ANCHORED_PATTERNS
        for match in pattern.finditer(text, start, endpos)
        if match.start() < end
    ]
    for verb in _CASE_NOTE_VERB.finditer(text, start, end):
        role = person_reference._bare_role_before(text, verb.start(), verb.group().lower())
        if role is not None:
            found.append(PersonReference(*role, Strength.WEAK))
    return found


@pytest.mark.parametrize("text", TRICKY + CORPUS + LONG)
def test_references_found_at_first_words_equal_a_search_everywhere(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = find_references(text)
    fast_within = find_references(text, [(len(text) // 3, len(text) // 2)])
    monkeypatch.setattr(person_reference, "_search", _search_everywhere)
    assert find_references(text) == fast
    assert find_references(text, [(len(text) // 3, len(text) // 2)]) == fast_within


@pytest.mark.parametrize("text", TRICKY + CORPUS[::4] + LONG[:3])
def test_every_reference_starts_with_one_of_its_first_words(text: str) -> None:
    for pattern, _, words in person_reference._ANCHORED_PATTERNS:
        for match in pattern.finditer(text):
            first_word = re.match(r"\w+", text[match.start() :])
            assert first_word is not None
            assert first_word.group().lower() in words, (pattern.pattern[:40], match.group())


@pytest.mark.parametrize("text", TRICKY + CORPUS[::3] + LONG[:4])
def test_framing_cue_tried_at_leads_equals_a_search_everywhere(text: str) -> None:
    for sentence in subject._sentences(text):
        # A topic starts at a word; in short texts try every offset, also inside a word.
        words = [word.start() for word in re.finditer(r"\w+", text[: sentence.end])]
        ends = (
            list(range(sentence.start, sentence.end + 1))
            if len(text) < 300
            else [start for start in words if start >= sentence.start] + [sentence.end]
        )
        for end in ends:
            topic = Finding("HEALTH_DATA", end, end, 1.0, "test")
            plain = None
            for cue in subject._FRAMING_CUE.finditer(text, sentence.start, end):
                plain = cue.end()
            assert subject._framing_cue_end(text, topic, sentence) == plain, text[:60]

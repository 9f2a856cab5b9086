from __future__ import annotations

import pytest

from benchmarks.corpus import load_corpus
from gateway.engine.normalize import normalize, normalize_clusters


def test_ascii_text_is_returned_without_offset_tables() -> None:
    normalized = normalize("BSN 111222333")
    assert normalized.text == "BSN 111222333"
    assert normalized.edits == ()
    assert normalized.to_original(4, 13) == (4, 13)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("BSN １１１２２２３３３ ok", "BSN 111222333 ok"),  # full-width digits
        ("bsn 111\u200b222\u200b333.", "bsn 111222333."),  # zero-width spaces
        ("bel 06\u201112345678", "bel 06-12345678"),  # non-breaking hyphen
        ("bel 06\u201312345678", "bel 06-12345678"),  # en dash
        ("1111\u00a022\u00a0333", "1111 22 333"),  # non-breaking spaces
        ("soft\u00adhyphen", "softhyphen"),
        ("\ufeffbom", "bom"),
    ],
)
def test_normalises_invisible_and_compatibility_characters(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    "original",
    ["BSN １１１２２２３３３ ok", "bsn 111\u200b222\u200b333.", "x\u200b\u200b111222333\u200b y"],
)
def test_spans_map_back_to_the_original_number(original: str) -> None:
    normalized = normalize(original)
    start = normalized.text.index("111222333")
    begin, end = normalized.to_original(start, start + 9)
    digits = "".join(ch for ch in original[begin:end] if ch.isdigit() or ch in "１２３")
    assert digits.translate(str.maketrans("１２３", "123")) == "111222333"
    # The span starts on the first digit and ends on the last one: nothing outside leaks.
    assert original[begin] in "1１"
    assert original[end - 1] in "3３"


def test_combining_marks_compose_and_keep_offsets() -> None:
    original = "Rene\u0301 Jansen"
    normalized = normalize(original)
    assert normalized.text == "René Jansen"
    start = normalized.text.index("Jansen")
    assert normalized.to_original(start, start + 6) == (6, 12)
    assert normalized.to_original(0, 4) == (0, 5)


def test_ligature_expands_to_several_characters_of_one_source() -> None:
    original = "ﬁets 111222333"
    normalized = normalize(original)
    assert normalized.text == "fiets 111222333"
    start = normalized.text.index("111")
    assert original[slice(*normalized.to_original(start, start + 9))] == "111222333"


def test_text_that_is_normal_already_takes_the_shortcut_with_the_same_result() -> None:
    """The shortcut (NFKC already, no invisible character or dash) must change nothing."""
    texts = [prompt.text for prompt in load_corpus() if not prompt.text.isascii()]
    texts += [
        "René Çelik, Øresund, Straße, Łódź, İstanbul, Nguyễn Thị Lan, 王伟, محمد, 😀 👍🏽",
        "e\u0301 en \u0301 los, Hangul \u1100\u1161, ﬁets, ½, ™, ①",
        "zero\u200bwidth, soft\u00adhyphen, en\u2013dash, nbsp\u00a0, ideographic\u3000space",
    ]
    assert len(texts) > 50
    for text in texts:
        fast, full = normalize(text), normalize_clusters(text)
        assert (fast.text, fast.edits) == (full.text, full.edits)


def _normalize_every_cluster(text: str) -> tuple[str, tuple[tuple[int, int, int, int], ...]]:
    """The straightforward reference: every cluster (an optional ASCII base with combining
    marks, or one non-ASCII character) normalised on its own."""
    import re
    import unicodedata

    from gateway.engine.normalize import DASHES, INVISIBLE

    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    cursor = length = 0
    for match in re.finditer(
        r"[\x00-\x7f]?[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]+|[^\x00-\x7f]", text
    ):
        visible = "".join(char for char in match.group() if char not in INVISIBLE)
        normal = unicodedata.normalize("NFKC", visible).translate(DASHES) if visible else ""
        if normal == match.group():
            continue
        pieces.append(text[cursor : match.start()])
        length += match.start() - cursor
        edits.append((match.start(), match.end(), length, length + len(normal)))
        pieces.append(normal)
        length += len(normal)
        cursor = match.end()
    return "".join(pieces) + text[cursor:], tuple(edits)


def test_clusters_are_found_as_when_every_cluster_is_normalised() -> None:
    """Only the characters that can change are visited; the result must be that of visiting
    every cluster, also for marks after marks, after non-ASCII letters and at the edges, and
    for characters above the range sorted at import."""
    import random

    alphabet = list("aZ1 .-é€’ëÇ\u0301\u0308\u1ab0\u20d7\u200b\u00ad\u2013\u00a0½ﬁ３\u3000王😀İ")
    rng = random.Random(20261123)
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 12))) for _ in range(20000)]
    texts += [prompt.text for prompt in load_corpus() if not prompt.text.isascii()]
    for text in texts:
        normalized = normalize_clusters(text)
        edits = tuple((e.original_start, e.original_end, e.start, e.end) for e in normalized.edits)
        assert (normalized.text, edits) == _normalize_every_cluster(text), repr(text)

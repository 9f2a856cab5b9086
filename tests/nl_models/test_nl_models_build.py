"""Reproducibility of the lexicons and the synthetic data; load time and speed of the pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy

from nl_models import build_lexicons
from nl_models.build_pipeline import PIPELINE_DIR
from nl_models.evaluate import Record, score
from nl_models.lexicon import LEXICON_DIR, load_lexicons
from nl_models.synthetic import generate

CORPUS_LIKE_TEXT = (
    "Mijn cliënt Jan van der Berg (72) woont op de Kerkstraat 12a in Leiden en krijgt "
    "huishoudelijke hulp. Zijn dochter, mevrouw A. El Amrani-de Vries, belt vaak over de "
    "planning. De bakker op de hoek brengt brood. Graag een brief op B1-niveau. "
)


def test_committed_lexicons_equal_a_fresh_build() -> None:
    built = build_lexicons.build()
    for name, items in built.items():
        committed = (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8")
        assert committed == build_lexicons.render(items), name


def test_lexicons_cover_what_the_rules_rely_on() -> None:
    lex = load_lexicons()
    assert {"van der", "van 't", "in 't", "op de", "el"} <= lex.tussenvoegsels
    assert {"mohamed", "fatima", "priya", "oleksandr", "jan"} <= lex.first_names
    assert {"yılmaz", "yilmaz", "el amrani", "jansen", "kovalenko"} <= lex.surnames
    assert {"bakker", "visser", "smit"} <= lex.word_names
    assert "laan van meerdervoort" in lex.streets
    assert "groep" not in lex.streets  # an ordinary word, "groep 3" is no address


def test_total_lexicon_size_stays_small() -> None:
    size = sum(path.stat().st_size for path in LEXICON_DIR.rglob("*.txt"))
    assert size < 4_000_000


def test_synthetic_data_is_deterministic() -> None:
    first = [(e.text, e.entities) for e in generate(20, seed=7)]
    again = [(e.text, e.entities) for e in generate(20, seed=7)]
    assert first == again
    assert any(label == "PERSON" for e in generate(20, seed=7) for *_, label in e.entities)


def test_pipeline_loads_with_its_components() -> None:
    # Load time and CPU per prompt are measured in benchmarks/speed.py, not asserted here.
    nlp = spacy.load(Path(PIPELINE_DIR))
    load_lexicons()
    assert nlp.pipe_names == ["lowercase_lemma", "nl_name_finder"]


def test_evaluation_scores_exact_and_overlap_matches() -> None:
    records = [Record("Jan de Vries woont Kerkstraat 1.", [(0, 12, "PERSON"), (19, 31, "ADDRESS")])]
    predicted = [[(4, 12, "PERSON"), (19, 31, "ADDRESS"), (0, 3, "ADDRESS")]]
    result = score(records, predicted)
    assert result["PERSON/exact"]["r"] == 0.0
    assert result["PERSON/overlap"]["f1"] == 1.0
    assert result["ADDRESS/exact"]["p"] == 0.5
    assert result["ADDRESS/exact"]["r"] == 1.0


def test_cyrillic_names_get_the_passport_spelling_of_their_language() -> None:
    locales = build_lexicons.CYRILLIC_LOCALE
    assert build_lexicons.transliterate("Иванов", locales["ru_RU"]) == "Ivanov"
    assert build_lexicons.transliterate("Десислава", locales["bg_BG"]) == "Desislava"
    assert build_lexicons.transliterate("Ъгленов", locales["bg_BG"]) == "Aglenov"
    assert build_lexicons.transliterate("Григорій", locales["uk_UA"]) == "Hryhorii"


def test_female_forms_of_slavic_surnames_are_derived() -> None:
    forms = build_lexicons.feminine_forms(["Nowicki", "Kowalski", "Georgiev", "Ivanov", "Li"])
    assert forms == {"Nowicka", "Kowalska", "Georgieva", "Ivanova"}


def test_lexicons_cover_names_of_many_origins() -> None:
    lex = load_lexicons()
    assert {
        "senait",
        "abdirahman",
        "zarghuna",
        "desislava",
        "shurandy",
        "xiaomei",
    } <= lex.first_names
    assert {"tsegaye", "bissessar", "georgieva", "nowicka", "ahmadzai", "ivanov"} <= lex.surnames

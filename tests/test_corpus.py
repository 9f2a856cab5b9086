"""Invariants of the labelled evaluation corpus (tests/corpus).

The corpus is the yardstick for the screening engine and for the comparison with deduce, so its
labels must be internally consistent: offsets that match, decisions that follow from the labels
and the shipped default policy, valid check digits for every labelled BSN/IBAN, and no unlabelled
BSN-valid numbers or e-mail addresses hiding in the text.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from stdnum import iban
from stdnum.nl import bsn

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "tests" / "corpus"

CATEGORIES = {
    "wmo", "jeugdwet", "participatiewet", "schuldhulp", "omgevingswet", "handhaving",
    "burgerzaken", "hr", "ict", "raad_college", "communicatie", "juridisch", "financien",
    "inkoop",
}  # fmt: skip
TITLES = re.compile(
    r"(?i)^(mevrouw|mevr\.|mw\.?|meneer|dhr\.?|de heer|dr\.|mr\.|mr |mrs|ms |fam\.)"
)
NINE_DIGITS = re.compile(r"(?<![\w.])\d(?:[ .\u200b]?\d){8}(?!\w)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]*\w")

Record = dict[str, Any]


def _load_build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS_DIR / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def records() -> list[Record]:
    built: list[Record] = _load_build_module().build(CORPUS_DIR / "src")
    return built


def _covered(record: Record, start: int, end: int) -> bool:
    return any(e["start"] < end and start < e["end"] for e in record["entities"])


def test_corpus_is_large_enough_with_unique_ids(records: list[Record]) -> None:
    ids = [r["id"] for r in records]
    assert len(records) >= 300
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"(?:ho-)?[a-z]+-\d{3}", i) for i in ids), "ids look like wmo-001"


def test_every_category_and_language_present(records: list[Record]) -> None:
    assert {r["category"] for r in records} == CATEGORIES
    langs = Counter(r["lang"] for r in records)
    assert set(langs) == {"nl", "en"}
    assert 0.05 <= langs["en"] / len(records) <= 0.2


def test_decision_mix_and_hard_negatives(records: list[Record]) -> None:
    decisions = Counter(r["decision"] for r in records)
    share = {d: n / len(records) for d, n in decisions.items()}
    assert 0.3 <= share["allow"] <= 0.45
    assert share["redact"] >= 0.25
    assert share["block"] >= 0.25
    assert decisions["allow"] >= 100
    assert all(not r["entities"] for r in records if r["decision"] == "allow")


def test_offsets_match_text(records: list[Record]) -> None:
    for record in records:
        previous_end = 0
        for entity in record["entities"]:
            assert record["text"][entity["start"] : entity["end"]] == entity["text"], record["id"]
            assert entity["text"] == entity["text"].strip(), record["id"]
            assert entity["start"] >= previous_end, f"{record['id']}: overlapping labels"
            previous_end = entity["end"]


def test_decisions_follow_the_shipped_default_policy(records: list[Record]) -> None:
    policy = yaml.safe_load((ROOT / "config" / "policy.yaml").read_text(encoding="utf-8"))
    actions = {name: rule["action"] for name, rule in policy["entities"].items()}
    for record in records:
        found = {actions[e["type"]] for e in record["entities"]}
        expected = "block" if "block" in found else "redact" if "redact" in found else "allow"
        assert record["decision"] == expected, record["id"]


def test_every_entity_type_has_examples(records: list[Record]) -> None:
    counts = Counter(e["type"] for r in records for e in r["entities"])
    build = _load_build_module()
    for entity_type in build.KNOWN_TYPES:
        assert counts[entity_type] >= 5, entity_type


def test_bsn_labels_pass_and_unlabelled_numbers_fail_the_elfproef(records: list[Record]) -> None:
    for record in records:
        for entity in record["entities"]:
            if entity["type"] == "NL_BSN":
                digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", entity["text"]))
                assert bsn.is_valid(digits), record["id"]
        for match in NINE_DIGITS.finditer(record["text"]):
            if not _covered(record, match.start(), match.end()):
                assert not bsn.is_valid(re.sub(r"\D", "", match.group())), record["id"]


def test_iban_labels_have_valid_check_digits(records: list[Record]) -> None:
    ibans = [e for r in records for e in r["entities"] if e["type"] == "IBAN_CODE"]
    assert ibans
    assert all(iban.is_valid(e["text"]) for e in ibans)


def test_no_unlabelled_email_addresses(records: list[Record]) -> None:
    for record in records:
        for match in EMAIL.finditer(record["text"]):
            assert _covered(record, match.start(), match.end()), record["id"]


def test_person_labels_exclude_titles(records: list[Record]) -> None:
    for record in records:
        for entity in record["entities"]:
            if entity["type"] == "PERSON":
                assert not TITLES.match(entity["text"]), record["id"]


def test_committed_corpus_equals_a_fresh_build(records: list[Record]) -> None:
    lines = (CORPUS_DIR / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == records

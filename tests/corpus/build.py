"""Build ``tests/corpus/corpus.jsonl`` from the annotated sources in ``tests/corpus/src/``.

The blind hold-out sets are built the same way: ``blind/`` -> ``blind.jsonl`` and ``blind5/`` ->
``blind5.jsonl`` (see ``SETS``). Blind sets 2, 3 and 4 became development data in rounds 3, 4 and
5, after their blind scores were recorded: their files are ``src/b2_*.yaml``, ``src/b3_*.yaml`` and
``src/b4[ab]_*.yaml``.

Source format (YAML list per file)::

    - id: wmo-001
      lang: nl
      category: wmo
      text: |
        Mijn cliënt ⟦PERSON:Jan de Vries⟧ woont op ⟦ADDRESS:Kerkstraat 12a⟧.

Entity markup is ``⟦TYPE:text⟧``; offsets are computed here, never by hand. The expected decision
is derived from the entity types with the default policy, so labels and decisions cannot drift.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
MARKUP = re.compile(r"⟦([A-Z_]+):(.*?)⟧", re.DOTALL)
BLOCK_TYPES = {
    "NL_BSN",
    "HEALTH_DATA",
    "CRIMINAL_DATA",
    "SPECIAL_CATEGORY",
    "CONFIDENTIAL_MARKER",
    "SECRET",
    "NL_ID_DOCUMENT",
}
REDACT_TYPES = {
    "PERSON",
    "ADDRESS",
    "NL_POSTCODE",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "DATE_OF_BIRTH",
    "NL_LICENSE_PLATE",
}
KNOWN_TYPES = BLOCK_TYPES | REDACT_TYPES


def strip_markup(marked: str) -> tuple[str, list[dict[str, Any]]]:
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    cursor = 0
    length = 0
    for match in MARKUP.finditer(marked):
        before = marked[cursor : match.start()]
        parts.append(before)
        length += len(before)
        entity_type, value = match.group(1), match.group(2)
        if entity_type not in KNOWN_TYPES:
            raise ValueError(f"unknown entity type {entity_type}")
        end = length + len(value)
        entities.append({"start": length, "end": end, "type": entity_type, "text": value})
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(marked[cursor:])
    text = "".join(parts)
    if "⟦" in text or "⟧" in text:
        raise ValueError("unbalanced markup")
    return text, entities


def expected_decision(entities: list[dict[str, Any]]) -> str:
    types = {entity["type"] for entity in entities}
    if types & BLOCK_TYPES:
        return "block"
    if types & REDACT_TYPES:
        return "redact"
    return "allow"


def build(src_dir: Path = HERE / "src") -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in sorted(src_dir.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            where = f"{path.name}:{item.get('id')}"
            if item["id"] in seen:
                raise ValueError(f"{where}: duplicate id")
            seen.add(item["id"])
            text, entities = strip_markup(item["text"].rstrip("\n"))
            decision = expected_decision(entities)
            if "decision" in item and item["decision"] != decision:
                raise ValueError(f"{where}: declared {item['decision']} but labels give {decision}")
            for entity in entities:
                assert text[entity["start"] : entity["end"]] == entity["text"], where
            records.append(
                {
                    "id": item["id"],
                    "lang": item.get("lang", "nl"),
                    "category": item["category"],
                    "text": text,
                    "decision": decision,
                    "entities": entities,
                }
            )
    return records


# source folder -> output file. The hold-out sets are written blind (their annotators did not see
# the recognizers, and their authors did not see them), so they measure how the engine generalises.
# blind5 is the latest hold-out set, by three other annotators (blind2-4 are now in src/).
SETS = {
    "src": "corpus.jsonl",
    "blind": "blind.jsonl",
    "blind5": "blind5.jsonl",
}


def main(argv: list[str]) -> int:
    """Build every set, or only the source folders named on the command line (``build.py src``)."""
    chosen = argv or list(SETS)
    for folder, name in SETS.items():
        if folder not in chosen or not (HERE / folder).is_dir():
            continue
        records = build(HERE / folder)
        out = HERE / name
        with out.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        decisions: dict[str, int] = {}
        for record in records:
            decisions[record["decision"]] = decisions.get(record["decision"], 0) + 1
        print(f"{len(records)} prompts -> {out.name}: {decisions}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Compare the PERSON/ADDRESS candidates: rules+lexicon (A), statistical NER (B), A+B, deduce.

Run: ``.venv/bin/python -m nl_models.evaluate --ner /tmp/nl_ner`` (train B first with
``nl_models.train_ner``). Each system runs in its own process so that load time and peak memory
are its own. Prints precision/recall/F1 per type with exact and overlap matching on the held-out
synthetic set and on ``tests/corpus/corpus.jsonl``, plus speed (ms per 2 KB), load time and peak
memory (max RSS of the process, Python + spaCy included).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nl_models.build_pipeline import PIPELINE_DIR
from nl_models.synthetic import generate

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "corpus.jsonl"
TYPES = ("PERSON", "ADDRESS")
HELD_OUT_SEED = 2  # train_ner.py trains on seed 1
SYSTEMS = ("A", "B", "A+B", "deduce")
SYSTEM_NAMES = {
    "A": "A regels+lexicon",
    "B": "B statistische NER",
    "A+B": "A+B samen",
    "deduce": "deduce (basislijn)",
}
Span = tuple[int, int, str]
Finder = Callable[[str], list[Span]]


@dataclass
class Record:
    text: str
    gold: list[Span]


def load_corpus() -> list[Record]:
    if not CORPUS.exists():
        return []
    records = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        gold = [(e["start"], e["end"], e["type"]) for e in item["entities"] if e["type"] in TYPES]
        records.append(Record(item["text"], gold))
    return records


def load_synthetic(count: int = 600) -> list[Record]:
    return [Record(item.text, list(item.entities)) for item in generate(count, HELD_OUT_SEED)]


def spacy_finder(model: str | Path, extra: str | None = None) -> Finder:
    import spacy

    import nl_models  # noqa: F401  registers the components

    nlp = spacy.load(model)
    if extra and extra not in nlp.pipe_names:
        nlp.add_pipe(extra)

    def find(text: str) -> list[Span]:
        labels = {"PER": "PERSON"}
        return [
            (ent.start_char, ent.end_char, labels.get(ent.label_, ent.label_))
            for ent in nlp(text).ents
            if labels.get(ent.label_, ent.label_) in TYPES
        ]

    return find


def deduce_finder() -> Finder:
    from deduce import Deduce

    deduce = Deduce()
    # deduce's "locatie" also covers cities and regions; it has no street-only tag.
    tags = {"persoon": "PERSON", "patient": "PERSON", "locatie": "ADDRESS"}

    def find(text: str) -> list[Span]:
        annotations = deduce.deidentify(text).annotations
        return [(a.start_char, a.end_char, tags[a.tag]) for a in annotations if a.tag in tags]

    return find


def make_finder(system: str, ner_path: Path) -> Finder:
    if system == "A":
        return spacy_finder(PIPELINE_DIR)
    if system == "B":
        return spacy_finder(ner_path)
    if system == "A+B":
        # Rules run after the NER: their spans win, NER spans fill the gaps.
        return spacy_finder(ner_path, extra="nl_name_finder")
    return deduce_finder()


def score(records: list[Record], predictions: list[list[Span]]) -> dict[str, dict[str, float]]:
    result = {}
    for label in TYPES:
        for mode in ("exact", "overlap"):
            tp_pred = n_pred = tp_gold = n_gold = 0
            for record, predicted in zip(records, predictions, strict=True):
                gold = [g for g in record.gold if g[2] == label]
                pred = [p for p in predicted if p[2] == label]
                n_gold += len(gold)
                n_pred += len(pred)
                tp_pred += sum(any(_match(p, g, mode) for g in gold) for p in pred)
                tp_gold += sum(any(_match(p, g, mode) for p in pred) for g in gold)
            precision = tp_pred / n_pred if n_pred else 0.0
            recall = tp_gold / n_gold if n_gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            result[f"{label}/{mode}"] = {"p": precision, "r": recall, "f1": f1, "n": n_gold}
    return result


def _match(pred: Span, gold: Span, mode: str) -> bool:
    if mode == "exact":
        return pred == gold
    return pred[0] < gold[1] and gold[0] < pred[1]


def speed_ms_per_2kb(find: Finder, texts: list[str]) -> float:
    """CPU time (not wall time: the machine may be shared) per 2 KB chunk of the data."""
    blob = "\n".join(texts)
    chunks = [blob[i : i + 2048] for i in range(0, len(blob) - 2048, 2048)][:40]
    for chunk in chunks:
        find(chunk)  # warm-up: tokenizer cache, lazy imports
    started = time.process_time()
    for _ in range(5):
        for chunk in chunks:
            find(chunk)
    return (time.process_time() - started) * 1000 / (5 * len(chunks))


def run_one(system: str, ner_path: Path) -> dict[str, Any]:
    """Measure one system in this process (called in a subprocess by ``main``)."""
    started = time.perf_counter()
    find = make_finder(system, ner_path)
    load_s = time.perf_counter() - started
    datasets = {"synthetic": load_synthetic(), "corpus": load_corpus()}
    out: dict[str, Any] = {"system": system, "load_s": load_s}
    for name, records in datasets.items():
        if records:
            out[name] = score(records, [find(record.text) for record in records])
    texts = [record.text for records in datasets.values() for record in records]
    out["ms_per_2kb"] = speed_ms_per_2kb(find, texts)
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def print_table(results: list[dict[str, Any]]) -> None:
    print("| systeem | dataset | type | P exact | R exact | F1 exact | P overlap | R overlap "
          "| F1 overlap | n |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for result in results:
        for dataset in ("synthetic", "corpus"):
            if dataset not in result:
                continue
            for label in TYPES:
                exact = result[dataset][f"{label}/exact"]
                overlap = result[dataset][f"{label}/overlap"]
                print(
                    f"| {SYSTEM_NAMES[result['system']]} | {dataset} | {label} "
                    f"| {exact['p']:.2f} | {exact['r']:.2f} | {exact['f1']:.2f} "
                    f"| {overlap['p']:.2f} | {overlap['r']:.2f} | {overlap['f1']:.2f} "
                    f"| {exact['n']:.0f} |"
                )
    print()
    print("| systeem | ms per 2 KB | laadtijd (s) | piekgeheugen (MB RSS) |")
    print("|---|---|---|---|")
    for result in results:
        print(
            f"| {SYSTEM_NAMES[result['system']]} | {result['ms_per_2kb']:.2f} "
            f"| {result['load_s']:.2f} | {result['peak_mb']:.0f} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vergelijk de PERSON/ADDRESS-kandidaten.")
    parser.add_argument("--ner", type=Path, help="map met de getrainde NER (train_ner.py)")
    parser.add_argument("--systems", nargs="+", choices=SYSTEMS, default=list(SYSTEMS))
    parser.add_argument("--one", choices=SYSTEMS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.ner)))
        return 0
    systems = [s for s in args.systems if args.ner or s not in ("B", "A+B")]
    results = []
    for system in systems:
        command = [sys.executable, "-m", "nl_models.evaluate", "--one", system]
        if args.ner:
            command += ["--ner", str(args.ner)]
        output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
        results.append(json.loads(output.stdout.strip().splitlines()[-1]))
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Detection quality on the labelled corpus, with deduce measured in the same run as baseline.

Prints per-type precision / recall / F1 (partial match), decision accuracy, leak rate (share of
labelled sensitive spans that would reach the AI service) and false-block rate. Usage::

    .venv/bin/python -m benchmarks.quality [--no-deduce] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.corpus import (
    BLIND,
    BLIND5,
    CORPUS,
    Prompt,
    Span,
    SpanScores,
    leaked,
    load_corpus,
)
from gateway.config.loader import load_config
from gateway.engine import ScreeningEngine
from gateway.engine.types import Decision

ALL_TYPES = (
    "NL_BSN", "PERSON", "ADDRESS", "NL_POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
    "DATE_OF_BIRTH", "HEALTH_DATA", "CRIMINAL_DATA", "SPECIAL_CATEGORY", "CONFIDENTIAL_MARKER",
    "SECRET", "NL_ID_DOCUMENT", "NL_LICENSE_PLATE",
)  # fmt: skip
# Types deduce covers, with its tag names. Deduce tags every date as "datum"; as a redactor it
# would remove them all, so its dates are scored as DATE_OF_BIRTH predictions.
DEDUCE_TAGS = {
    "persoon": "PERSON", "patient": "PERSON", "locatie": "ADDRESS", "bsn": "NL_BSN",
    "telefoonnummer": "PHONE_NUMBER", "emailadres": "EMAIL_ADDRESS", "datum": "DATE_OF_BIRTH",
}  # fmt: skip
DEDUCE_TYPES = ("PERSON", "ADDRESS", "NL_BSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH")
BUNDLED_CONFIG = Path(__file__).resolve().parent.parent / "config"
# --set name -> labelled corpus
CORPUS_SETS = {"dev": CORPUS, "blind": BLIND, "blind5": BLIND5}


def score_engine(engine: ScreeningEngine, prompts: Sequence[Prompt]) -> dict[str, Any]:
    spans = SpanScores()
    baseline_types = SpanScores()
    correct = 0
    should_pass = false_blocks = should_allow = allow_blocked = 0
    gold_total = leaks = 0
    covered_types_gold = covered_types_leaks = 0
    leaks_by_type: Counter[str] = Counter()
    mistakes: list[dict[str, Any]] = []
    started = time.perf_counter()
    for prompt in prompts:
        result = engine.scan(prompt.text)
        predicted: list[Span] = [(f.start, f.end, f.type) for f in result.findings]
        spans.add(prompt.spans, predicted, ALL_TYPES)
        baseline_types.add(prompt.spans, predicted, DEDUCE_TYPES)
        correct += result.decision.value == prompt.decision
        if prompt.decision != "block":
            should_pass += 1
            false_blocks += result.decision is Decision.BLOCK
        if prompt.decision == "allow":
            should_allow += 1
            allow_blocked += result.decision is Decision.BLOCK
        if result.decision is Decision.BLOCK:
            covered = [(0, len(prompt.text))]
        elif result.decision is Decision.REDACT:
            redact_types = {r.split(":", 1)[1] for r in result.reasons if r.startswith("redact:")}
            covered = [(f.start, f.end) for f in result.findings if f.type in redact_types]
        else:
            covered = []
        for span in prompt.spans:
            is_leak = leaked(prompt.text, span, covered)
            gold_total += 1
            leaks += is_leak
            if is_leak:
                leaks_by_type[span[2]] += 1
            if span[2] in DEDUCE_TYPES:
                covered_types_gold += 1
                covered_types_leaks += is_leak
        if result.decision.value != prompt.decision:
            mistakes.append(
                {
                    "id": prompt.id,
                    "expected": prompt.decision,
                    "got": result.decision.value,
                    "reasons": result.reasons,
                }
            )
    elapsed = time.perf_counter() - started
    return {
        "spans": spans,
        "baseline_types": baseline_types,
        "decision_accuracy": correct / len(prompts),
        "leak_rate": leaks / gold_total if gold_total else 0.0,
        "leaks_by_type": dict(leaks_by_type.most_common()),
        "leak_rate_deduce_types": covered_types_leaks / covered_types_gold
        if covered_types_gold
        else 0.0,
        "false_block_rate": false_blocks / should_pass if should_pass else 0.0,
        "false_block_rate_allow_only": allow_blocked / should_allow if should_allow else 0.0,
        "mistakes": mistakes,
        "seconds": elapsed,
    }


def score_deduce(prompts: Sequence[Prompt]) -> dict[str, Any]:
    from deduce import Deduce  # baseline only; not a runtime dependency of the gateway

    deduce = Deduce()
    spans = SpanScores()
    gold_total = leaks = 0
    started = time.perf_counter()
    for prompt in prompts:
        doc = deduce.deidentify(prompt.text)
        annotations = [(a.start_char, a.end_char, a.tag) for a in doc.annotations]
        predicted = [(s, e, DEDUCE_TAGS[t]) for s, e, t in annotations if t in DEDUCE_TAGS]
        spans.add(prompt.spans, predicted, DEDUCE_TYPES)
        covered = [(s, e) for s, e, _ in annotations]  # deduce redacts everything it tags
        for span in prompt.spans:
            if span[2] in DEDUCE_TYPES:
                gold_total += 1
                leaks += leaked(prompt.text, span, covered)
    return {
        "spans": spans,
        "leak_rate_deduce_types": leaks / gold_total if gold_total else 0.0,
        "seconds": time.perf_counter() - started,
    }


def _row(name: str, ours: Any, theirs: Any | None) -> str:
    line = f"{name:<20} {ours.gold:>5} {ours.precision:>7.3f} {ours.recall:>7.3f} {ours.f1:>7.3f}"
    if theirs is not None:
        line += f"   {theirs.precision:>7.3f} {theirs.recall:>7.3f} {theirs.f1:>7.3f}"
        line += f"   {'beter' if ours.f1 > theirs.f1 else 'NIET beter'}"
    return line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-deduce", action="store_true", help="skip the deduce baseline")
    parser.add_argument("--json", type=Path, help="write the numbers as JSON here")
    parser.add_argument("--mistakes", action="store_true", help="list wrongly decided prompts")
    parser.add_argument(
        "--set",
        choices=sorted(CORPUS_SETS),
        default="dev",
        help="dev: tests/corpus/corpus.jsonl (tuned on); blind, blind5: the hold-out sets",
    )
    args = parser.parse_args(argv)

    path = CORPUS_SETS[args.set]
    prompts = load_corpus(path)
    engine = ScreeningEngine.from_config(load_config(BUNDLED_CONFIG))
    ours = score_engine(engine, prompts)
    theirs = None if args.no_deduce else score_deduce(prompts)

    spans = sum(len(p.spans) for p in prompts)
    print(f"Corpus {path.name}: {len(prompts)} prompts, {spans} labelled spans")
    print(f"\n{'type':<20} {'gold':>5} {'P':>7} {'R':>7} {'F1':>7}", end="")
    print("   deduce P       R      F1" if theirs else "")
    for kind in ALL_TYPES:
        ours_type = ours["spans"].per_type[kind]
        theirs_type = theirs["spans"].per_type.get(kind) if theirs else None
        print(_row(kind, ours_type, theirs_type))
    print(f"\ndecision accuracy        {ours['decision_accuracy']:.3f}")
    print(f"leak rate (all types)    {ours['leak_rate']:.4f}")
    by_type = ", ".join(f"{kind} {count}" for kind, count in ours["leaks_by_type"].items())
    print(f"leaked spans by type     {by_type or '-'}")
    print(f"false-block rate         {ours['false_block_rate']:.4f}  (gold allow+redact)")
    print(f"false-block rate (allow) {ours['false_block_rate_allow_only']:.4f}  (gold allow)")
    line = f"leak rate, deduce types  {ours['leak_rate_deduce_types']:.4f}"
    if theirs:
        line += f"   deduce: {theirs['leak_rate_deduce_types']:.4f}"
    print(line)
    line = f"time for corpus          {ours['seconds']:.2f} s"
    if theirs:
        line += f"   deduce: {theirs['seconds']:.2f} s"
    print(line)
    if args.mistakes:
        for mistake in ours["mistakes"]:
            print(json.dumps(mistake, ensure_ascii=False))
    if args.json:
        summary = {
            key: value for key, value in ours.items() if key not in ("spans", "baseline_types")
        }
        summary["per_type"] = {
            kind: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": s.gold}
            for kind, s in ours["spans"].per_type.items()
        }
        if theirs:
            summary["deduce_per_type"] = {
                kind: {"precision": s.precision, "recall": s.recall, "f1": s.f1}
                for kind, s in theirs["spans"].per_type.items()
            }
        args.json.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

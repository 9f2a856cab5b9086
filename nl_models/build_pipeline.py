"""Build and save the bundled Dutch pipeline to ``nl_models/pipeline``.

Run: ``.venv/bin/python -m nl_models.build_pipeline``. The pipeline is the fast regex tokenizer
(``nl_models/tokenizer.py``, with lean lexemes) + ``lowercase_lemma`` (context words for
Presidio) + ``nl_name_finder`` (PERSON, ADDRESS). Tokenizer and finder read their rules and
lexicons from the ``nl_models`` package, so the saved directory holds only the config, the meta
data and the vocabulary strings; ``import nl_models`` before ``spacy.load`` registers them.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy
from spacy.language import Language

import nl_models  # noqa: F401  registers the tokenizer, callback and components

PIPELINE_DIR = Path(__file__).resolve().parent / "pipeline"
NLP_CONFIG = {
    "tokenizer": {"@tokenizers": "ai_poort.fast_tokenizer.v1"},
    "after_creation": {"@callbacks": "ai_poort.lean_lexemes.v1"},
}


def build() -> Language:
    nlp = spacy.blank("nl", config={"nlp": NLP_CONFIG})
    nlp.add_pipe("lowercase_lemma")
    nlp.add_pipe("nl_name_finder")
    nlp.meta["name"] = "ai_poort_nl"
    nlp.meta["version"] = "2.0.0"
    nlp.meta["description"] = (
        "AI-poort: snelle Nederlandse tokenizer + lexicon/regel-herkenning van PERSON en ADDRESS"
    )
    nlp.meta["license"] = "EUPL-1.2 (code); lexicons: see nl_models/README.md"
    return nlp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw de gebundelde Nederlandse pipeline.")
    parser.add_argument("--out", type=Path, default=PIPELINE_DIR, help="doelmap")
    args = parser.parse_args(argv)
    if (args.out / "config.cfg").exists():
        shutil.rmtree(args.out)  # no stale files (such as an old tokenizer) stay behind
    build().to_disk(args.out)
    print(f"pipeline opgeslagen in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train candidate B: a small statistical spaCy NER on synthetic data (CPU, fixed seed).

Run: ``.venv/bin/python -m nl_models.train_ner --out /tmp/nl_ner`` (about 3 minutes on one
core). No pretrained vectors: the tok2vec is a small hash-embedding CNN trained from scratch.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch  # type: ignore[attr-defined]

import nl_models  # noqa: F401  registers lowercase_lemma
from nl_models.synthetic import generate

SEED = 13
TRAIN_SEED = 1  # synthetic data seed; evaluate.py uses a different one for held-out data
NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 96,
        "depth": 4,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    },
}


def train(examples: int, epochs: int) -> Language:
    fix_random_seed(SEED)
    nlp = spacy.blank("nl")
    nlp.add_pipe("lowercase_lemma")
    nlp.add_pipe("ner", config={"model": NER_MODEL})
    data = []
    for item in generate(examples, TRAIN_SEED):
        doc = nlp.make_doc(item.text)
        data.append(Example.from_dict(doc, {"entities": item.entities}))
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=32):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}/{epochs}: ner-verlies {losses.get('ner', 0.0):.1f}")
    return nlp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train de statistische NER (kandidaat B).")
    parser.add_argument("--out", type=Path, required=True, help="map om de pipeline op te slaan")
    parser.add_argument("--examples", type=int, default=3000)
    parser.add_argument("--epochs", type=int, default=6)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    nlp = train(args.examples, args.epochs)
    nlp.to_disk(args.out)
    print(f"opgeslagen in {args.out} na {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

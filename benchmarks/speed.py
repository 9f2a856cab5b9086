"""Screening speed on one core: latency p50/p99 for ~200 B, 2 KB and 20 KB prompts, throughput,
peak RSS and start-up time, with deduce measured in the same run as the ratio baseline.

Each engine runs in its own child process (pinned to one core) so that start-up time and peak
memory are its own. Usage::

    .venv/bin/python -m benchmarks.speed [--no-deduce] [--seconds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks.corpus import load_corpus

SIZES = {"200B": 200, "2KB": 2_000, "20KB": 20_000}


def make_inputs(size: int, count: int) -> list[str]:
    """Realistic prompts of about ``size`` characters, built from consecutive corpus prompts."""
    texts = [prompt.text for prompt in load_corpus()]
    inputs: list[str] = []
    index = 0
    while len(inputs) < count:
        pieces: list[str] = []
        while sum(map(len, pieces)) < size:
            pieces.append(texts[index % len(texts)])
            index += 1
        inputs.append("\n\n".join(pieces)[:size])
    return inputs


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def load_scanner(engine_name: str) -> Callable[[str], object]:
    if engine_name == "ours":
        from gateway.config.loader import load_config
        from gateway.engine import ScreeningEngine
        from gateway.settings import BUNDLED_CONFIG_DIR

        engine = ScreeningEngine.from_config(load_config(BUNDLED_CONFIG_DIR))
        return engine.scan
    from deduce import Deduce

    deduce = Deduce()
    deidentify: Callable[[str], object] = deduce.deidentify
    return deidentify


def child(engine_name: str, seconds_per_size: float) -> dict[str, Any]:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    started = time.perf_counter()
    scan = load_scanner(engine_name)
    scan("Mijn cliënt Jan de Vries woont op Kerkstraat 12.")
    startup = time.perf_counter() - started
    results: dict[str, Any] = {"startup_s": startup}
    for label, size in SIZES.items():
        inputs = make_inputs(size, 40)
        for text in inputs[:10]:  # warm-up
            scan(text)
        latencies: list[float] = []
        deadline = time.perf_counter() + seconds_per_size
        index = 0
        while time.perf_counter() < deadline or len(latencies) < 20:
            text = inputs[index % len(inputs)]
            index += 1
            begin = time.perf_counter()
            scan(text)
            latencies.append((time.perf_counter() - begin) * 1000)
        chars = sum(len(inputs[i % len(inputs)]) for i in range(len(latencies)))
        results[label] = {
            "n": len(latencies),
            "p50_ms": statistics.median(latencies),
            "p99_ms": percentile(latencies, 0.99),
            "chars_per_s": chars / (sum(latencies) / 1000),
        }
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def run_child(engine_name: str, seconds: float) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.speed", "--child", engine_name]
    command += ["--seconds", str(seconds)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", choices=["ours", "deduce"], help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=10.0, help="measuring time per size")
    parser.add_argument("--no-deduce", action="store_true")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.seconds)))
        return 0

    ours = run_child("ours", args.seconds)
    theirs = None if args.no_deduce else run_child("deduce", args.seconds)
    print("AI-poort screening engine vs deduce, one core, same run")
    print(f"{'':<8}{'p50 ms':>10}{'p99 ms':>10}{'kchar/s':>10}", end="")
    print(f"{'deduce p50':>12}{'p99':>10}{'kchar/s':>10}{'speed-up':>10}" if theirs else "")
    for label in SIZES:
        row = ours[label]
        line = f"{label:<8}{row['p50_ms']:>10.2f}{row['p99_ms']:>10.2f}"
        line += f"{row['chars_per_s'] / 1000:>10.0f}"
        if theirs:
            other = theirs[label]
            line += f"{other['p50_ms']:>12.2f}{other['p99_ms']:>10.2f}"
            line += f"{other['chars_per_s'] / 1000:>10.0f}"
            line += f"{row['chars_per_s'] / other['chars_per_s']:>9.1f}x"
        print(line)
    line = f"peak RSS  {ours['peak_rss_mb']:.0f} MB"
    line += f"   (deduce {theirs['peak_rss_mb']:.0f} MB)" if theirs else ""
    print(line)
    line = f"start-up  {ours['startup_s']:.2f} s"
    line += f"   (deduce {theirs['startup_s']:.2f} s)" if theirs else ""
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

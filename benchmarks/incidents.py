"""Incident log benchmark: write and query a log of a million records.

Prints records/second written (one thread, and several threads as under proxy load) next to a
baseline of plain ``json.dumps`` + write (no structlog, no chain, no rotation). Then, on a log of
``--records`` records spread over 30 days (daily rotation, gzip; the active file holds the last
half day), the query times next to a baseline in the same run: `stats` cold (no cached counts yet)
and warm, against parsing every line; `list` with selective filters, against parsing every line;
`show`; and `verify`, against only hashing every line. The machine's load is printed too.

    .venv/bin/python benchmarks/incidents.py [--records 1000000] [--dir /tmp/ai-poort-bench]
        [--reuse]   # with --dir: query an already written log again (its cache is cleared first)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gateway.incidents import IncidentEvent, IncidentRecorder
from gateway.incidents.files import STATS_SIDECAR_SUFFIX, LogFileSet, iter_lines, open_binary
from gateway.incidents.reader import IncidentFilter, Record, iter_incidents
from gateway.incidents.stats import IncidentStats, collect
from gateway.incidents.stats_cache import log_stats
from gateway.incidents.verify import verify_log
from gateway.settings import GatewaySettings

SERVICES = [
    ("chatgpt", "chatgpt.com", "OpenAI", "US"),
    ("claude", "claude.ai", "Anthropic", "US"),
    ("copilot", "copilot.microsoft.com", "Microsoft", "NL"),
    ("deepseek", "chat.deepseek.com", "DeepSeek", "CN"),
    ("mistral", "chat.mistral.ai", "Mistral", "FR"),
]
TYPES = ["NL_BSN", "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "HEALTH_DATA"]


def synthetic_events(count: int, seed: int = 7) -> list[IncidentEvent]:
    rng = random.Random(seed)
    events = []
    for index in range(min(count, 5000)):  # reused cyclically: generation is not what we measure
        service_id, host, vendor, country = rng.choice(SERVICES)
        types = rng.sample(TYPES, rng.randint(1, 3))
        decision = "block" if "NL_BSN" in types or country == "CN" else "redact"
        events.append(
            IncidentEvent(
                decision=decision,
                reason_codes=[f"entity:{t}" for t in types],
                policy_rule=f"entities.{types[0]}",
                service_id=service_id,
                host=host,
                vendor=vendor,
                country=country,
                mode="enforce",
                client=f"10.0.{rng.randint(0, 20)}.{rng.randint(1, 250)}",
                user=f"medewerker{rng.randint(1, 400):03d}",
                entity_counts={t: rng.randint(1, 3) for t in types},
                recognizers=[f"{t.title().replace('_', '')}Recognizer" for t in types],
                body_size=rng.randint(200, 20000),
                screening_ms=rng.uniform(2, 80),
                finding_values=[(t, f"waarde-{index}-{t}") for t in types],
            )
        )
    return events


class SpreadClock:
    """Spreads records evenly over 30 days (so rotation, per-day numbering and filters matter),
    ending at noon so the active file holds half a day, as it would at a working day's end."""

    def __init__(self, total: int) -> None:
        self._start = datetime(2026, 11, 1, 12, tzinfo=UTC)
        self._step = timedelta(days=30) / max(total, 1)
        self._count = 0
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            self._count += 1
            return self._start + self._step * self._count


def settings_for(directory: Path) -> GatewaySettings:
    return GatewaySettings(
        incident_log=directory / "incidents.jsonl",
        incident_hmac_key="benchmark-sleutel",
        incident_rotate_bytes=100 * 1024 * 1024,
        incident_rotate_daily=True,
        incident_retention_days=0,
    )


def write_log(directory: Path, count: int, threads: int) -> float:
    events = synthetic_events(count)
    recorder = IncidentRecorder(settings_for(directory), clock=SpreadClock(count))
    per_thread = count // threads

    def work(offset: int) -> None:
        for index in range(per_thread):
            recorder.record(events[(offset + index) % len(events)])

    started = time.perf_counter()
    workers = [threading.Thread(target=work, args=(n * 997,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    recorder.close()  # waits for compression of rotated files, not timed
    return per_thread * threads / elapsed


def baseline(directory: Path, count: int) -> float:
    """Plain json.dumps + write per record: the floor any structured logger starts from."""
    events = synthetic_events(count)
    path = directory / "baseline.jsonl"
    started = time.perf_counter()
    with path.open("a", encoding="utf-8") as stream:
        for index in range(count):
            event = events[index % len(events)]
            record = {
                "time": datetime.now(UTC).isoformat(),
                "incident": index,
                "decision": event.decision,
                "reason_codes": event.reason_codes,
                "service_id": event.service_id,
                "host": event.host,
                "client": event.client,
                "user": event.user,
                "entities": event.entity_counts,
                "body_size": event.body_size,
                "screening_ms": event.screening_ms,
            }
            stream.write(json.dumps(record) + "\n")
            stream.flush()
    elapsed = time.perf_counter() - started
    path.unlink()
    return count / elapsed


def timed(label: str, action: Callable[[], object]) -> object:
    started = time.perf_counter()
    result = action()
    print(f"  {label:<58} {time.perf_counter() - started:8.2f} s", flush=True)
    return result


def naive_records(files: LogFileSet) -> Iterator[Record]:
    """Baseline reader: every line read one by one and parsed, as a straightforward tool would."""
    for log_file in files.files():
        with open_binary(log_file.path) as stream:
            for line in stream:
                record = json.loads(line)
                if record.get("kind") == "incident":
                    yield record


def naive_stats(files: LogFileSet) -> IncidentStats:
    return collect(naive_records(files))


def naive_list(files: LogFileSet, user: str) -> int:
    return sum(1 for record in naive_records(files) if record.get("user") == user)


def hash_every_line(files: LogFileSet) -> int:
    """Baseline for verify: the SHA-256 work it cannot avoid, without any checking."""
    count = 0
    for log_file in files.files():
        for line in iter_lines(log_file.path):
            hashlib.sha256(line).digest()
            count += 1
    return count


def clear_cache(directory: Path) -> None:
    for sidecar in directory.glob(f"*{STATS_SIDECAR_SUFFIX}"):
        sidecar.unlink()


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def query(files: LogFileSet) -> None:
    whole = IncidentFilter()
    print(f"Opvragen ({load()}):")
    clear_cache(files.active.parent)
    reference = timed("baseline: stats, elke regel los lezen en parsen", lambda: naive_stats(files))
    cold = timed(
        "stats, koud (tellingen per bestand berekenen en opslaan)", lambda: log_stats(files, whole)
    )
    warm = timed(
        "stats, warm (tellingen uit cache + actief bestand)", lambda: log_stats(files, whole)
    )
    assert cold == warm == reference, "stats uit de cache wijken af van volledig parsen"
    active = sum(1 for line in iter_lines(files.active) if b'"kind":"incident"' in line)
    print(f"    ({getattr(warm, 'total', 0)} incidenten, waarvan {active} in het actieve bestand)")
    timed(
        "stats --van 2026-11-10 --tot 2026-11-19 (warm)",
        lambda: log_stats(files, IncidentFilter(since="2026-11-10", until="2026-11-19")),
    )
    timed(
        "stats --land CN (veldfilter: geen cache)",
        lambda: log_stats(files, IncidentFilter(country="CN")),
    )
    timed(
        "baseline: list --gebruiker, elke regel parsen", lambda: naive_list(files, "medewerker042")
    )
    found = timed(
        "list --gebruiker medewerker042 (hele log)",
        lambda: sum(1 for _ in iter_incidents(files, IncidentFilter(user="medewerker042"))),
    )
    print(f"    ({found} incidenten gevonden)")
    timed(
        "list --land CN --van 2026-11-10 --tot 2026-11-12",
        lambda: sum(
            1
            for _ in iter_incidents(
                files, IncidentFilter(country="CN", since="2026-11-10", until="2026-11-12")
            )
        ),
    )
    timed(
        "show 2026-11-20-000100",
        lambda: next(
            iter_incidents(
                files,
                IncidentFilter(number="2026-11-20-000100", since="2026-11-20", until="2026-11-20"),
            )
        ),
    )
    timed("baseline: alleen elke regel hashen (SHA-256)", lambda: hash_every_line(files))
    result = timed("verify (hele hashketen)", lambda: verify_log(files))
    print(
        f"    verify: {getattr(result, 'records', 0)} records, "
        f"{'in orde' if getattr(result, 'ok', False) else 'PROBLEMEN'}"
    )
    print(f"Klaar ({load()}).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument(
        "--reuse", action="store_true", help="bestaand log in --dir opnieuw opvragen"
    )
    args = parser.parse_args()
    root = args.dir or Path(tempfile.mkdtemp(prefix="ai-poort-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    full = root / "full"
    files = LogFileSet(full / "incidents.jsonl")
    try:
        if not (args.reuse and files.files()):
            write(root, args.records, args.threads)
        size = sum(f.path.stat().st_size for f in files.files())
        print(f"Log: {len(files.files())} bestanden, {size / 1e6:.0f} MB op schijf (per dag, gzip)")
        query(files)
    finally:
        if args.dir is None:
            shutil.rmtree(root, ignore_errors=True)


def write(root: Path, records: int, threads: int) -> None:
    sample = min(records, 100_000)
    print(f"Schrijven ({sample} records per meting, {load()}):")
    print(f"  baseline json.dumps + write             {baseline(root, sample):>10,.0f} rec/s")
    single = write_log(root / "single", sample, threads=1)
    print(f"  IncidentRecorder, 1 thread              {single:>10,.0f} rec/s")
    multi = write_log(root / "multi", sample, threads=threads)
    print(f"  IncidentRecorder, {threads} threads             {multi:>10,.0f} rec/s")
    print(f"Log van {records} records opbouwen (1 thread)...", flush=True)
    rate = write_log(root / "full", records, threads=1)
    print(f"  geschreven met {rate:,.0f} rec/s")


if __name__ == "__main__":
    main()

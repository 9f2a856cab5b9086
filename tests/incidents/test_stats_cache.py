"""Cached per-day counts of rotated files: equal to a full parse, invalidated by any change to the
file, never trusted by `verify`; and the block-wise reader finds the same records and lines."""

from __future__ import annotations

import gzip
import json
import os
import stat
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from gateway.incidents import files as log_files
from gateway.incidents.files import LogFileSet, iter_blocks, iter_lines, stats_sidecar
from gateway.incidents.reader import IncidentFilter, iter_incidents
from gateway.incidents.stats import IncidentStats, collect
from gateway.incidents.stats_cache import cached_day_stats, log_stats
from gateway.incidents.verify import EDITED, verify_log
from gateway.incidents.writer import compress
from tests.incidents.helpers import START, Clock, make_event, run_cli, settings_for

USERS = ["jjansen", "pdevries", "kbakker", None]
SERVICES = [
    ("chatgpt", "chatgpt.com", "US"),
    ("deepseek", "chat.deepseek.com", "CN"),
    (None, "onbekend.example", None),
]
KINDS = [
    ("block", {"NL_BSN": 1}, "entities.NL_BSN"),
    ("redact", {"PERSON": 2, "EMAIL_ADDRESS": 1}, "entities.PERSON"),
    ("allow", {}, "default"),
]


def _write_log(tmp_path: Path, clock: Clock, recorder_factory: Any, compress: bool) -> LogFileSet:
    """60 varied incidents over five days (daily rotation), with repeated fingerprints."""
    settings = settings_for(tmp_path, incident_compress_rotated=compress)
    recorder = recorder_factory(settings)
    for index in range(60):
        clock.now = START + timedelta(hours=1.6 * index)
        service_id, host, country = SERVICES[index % len(SERVICES)]
        decision, entities, rule = KINDS[index % len(KINDS)]
        recorder.record(
            make_event(
                decision=decision,
                entity_counts=entities,
                reason_codes=[f"entity:{name}" for name in entities],
                policy_rule=rule,
                service_id=service_id,
                host=host,
                country=country,
                user=USERS[index % len(USERS)],
                client=f"10.0.0.{index % 7}",
                finding_values=[(name, f"waarde-{index % 9}") for name in entities],
            )
        )
    recorder.close()
    return LogFileSet(settings.incident_log)


@pytest.fixture(params=[True, False], ids=["gz", "plain"])
def log(request: Any, tmp_path: Path, clock: Clock, recorder_factory: Any) -> LogFileSet:
    return _write_log(tmp_path, clock, recorder_factory, compress=request.param)


def _full_parse(file_set: LogFileSet, query: IncidentFilter) -> IncidentStats:
    return collect(found.record for found in iter_incidents(file_set, query))


def _rotated(file_set: LogFileSet) -> list[Path]:
    return [f.path for f in file_set.files() if not f.active]


def _rewrite(path: Path, old: bytes, new: bytes) -> None:
    """Replace bytes inside a (possibly compressed) log file, as a tamperer would."""
    if path.name.endswith(".gz"):
        content = gzip.decompress(path.read_bytes())
        assert old in content
        path.write_bytes(gzip.compress(content.replace(old, new, 1), mtime=0))
    else:
        content = path.read_bytes()
        assert old in content
        path.write_bytes(content.replace(old, new, 1))


QUERIES = [
    IncidentFilter(),
    IncidentFilter(since="2026-11-04", until="2026-11-05"),
    IncidentFilter(until="2026-11-03"),
    IncidentFilter(user="pdevries"),
    IncidentFilter(decision="block", country="CN"),
]


def test_cached_stats_equal_a_full_parse(log: LogFileSet) -> None:
    assert len(_rotated(log)) == 4
    reference = {query: _full_parse(log, query) for query in QUERIES}
    assert reference[IncidentFilter()].total == 60
    assert reference[IncidentFilter()].repeated_fingerprints > 0
    for query in QUERIES:
        assert log_stats(log, query) == reference[query]  # cold: computes the sidecars
    for query in QUERIES:
        assert log_stats(log, query) == reference[query]  # warm: reads them

    for path in _rotated(log):
        sidecar = stats_sidecar(path)
        assert sidecar.exists()
        assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600
    assert not stats_sidecar(log.active).exists()  # the active file still grows


def test_a_valid_sidecar_is_used(log: LogFileSet) -> None:
    log_stats(log, IncidentFilter())
    sidecar = stats_sidecar(_rotated(log)[0])
    data = json.loads(sidecar.read_text())
    day = next(iter(data["days"]))
    data["days"][day]["per_user"]["cache-marker"] = 5
    sidecar.write_text(json.dumps(data))
    # The sidecar is not the log: changing it leaves the log file's identity as it was.
    assert log_stats(log, IncidentFilter()).per_user["cache-marker"] == 5


@pytest.mark.parametrize("restore_mtime", [False, True])
def test_an_edited_rotated_file_invalidates_its_cache(log: LogFileSet, restore_mtime: bool) -> None:
    log_stats(log, IncidentFilter())
    path = _rotated(log)[1]
    assert cached_day_stats(path) is not None
    before = path.stat()
    # Same length, so only the content changes; optionally with the old modification time back.
    _rewrite(path, b'"user":"pdevries"', b'"user":"xdevries"')
    if restore_mtime:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    assert cached_day_stats(path) is None
    stats = log_stats(log, IncidentFilter())
    assert stats.per_user["xdevries"] == 1
    assert stats == _full_parse(log, IncidentFilter())
    assert cached_day_stats(path) is not None  # counted again and stored


def test_verify_never_trusts_the_cache(log: LogFileSet) -> None:
    log_stats(log, IncidentFilter())
    path = _rotated(log)[0]
    _rewrite(path, b'"country":"CN"', b'"country":"NL"')
    log_stats(log, IncidentFilter())  # a fresh sidecar for the edited file
    assert cached_day_stats(path) is not None

    result = verify_log(log)
    assert not result.ok
    assert [(p.kind, p.where.file) for p in result.problems] == [(EDITED, path.name)]


def test_an_unreadable_sidecar_is_counted_again(log: LogFileSet) -> None:
    reference = _full_parse(log, IncidentFilter())
    log_stats(log, IncidentFilter())
    broken = [
        b"{niet-json",
        b'{"format":1,"identity":null,"days":{}}',
        b'{"format":1,"identity":[],"days":{"2026-11-03":{"total":"veel"}}}',
    ]
    sidecars = [stats_sidecar(path) for path in _rotated(log)]
    broken.append(sidecars[0].read_bytes())  # another file's counts
    for sidecar, content in zip(sidecars[1:] + sidecars[:1], broken, strict=True):
        sidecar.write_bytes(content)
    assert log_stats(log, IncidentFilter()) == reference
    assert all(cached_day_stats(path) is not None for path in _rotated(log))


def test_sidecars_go_with_their_log_file(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    file_set = _write_log(tmp_path, clock, recorder_factory, compress=False)
    log_stats(file_set, IncidentFilter())
    first, second, *_ = _rotated(file_set)

    packed = compress(first)  # what the recorder does after rotation
    assert not stats_sidecar(first).exists()
    assert not stats_sidecar(packed).exists()

    second.unlink()  # by hand; `verify` would report it, stats should not keep its counts
    log_stats(file_set, IncidentFilter())
    assert not stats_sidecar(second).exists()
    assert stats_sidecar(packed).exists()


def test_stats_command_output_is_the_same_cold_and_warm(log: LogFileSet) -> None:
    cold = run_cli("incidents", "stats", "--log", str(log.active))
    warm = run_cli("incidents", "stats", "--log", str(log.active))
    assert cold.code == warm.code == 0
    assert "Incidenten totaal: 60" in cold.out
    assert warm.out == cold.out


def test_block_reader_finds_the_same_lines_across_block_boundaries(
    log: LogFileSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = {
        path: list(enumerate(gzip.decompress(path.read_bytes()).splitlines(), start=1))
        if path.name.endswith(".gz")
        else list(enumerate(path.read_bytes().splitlines(), start=1))
        for path in (f.path for f in log.files())
    }
    query = IncidentFilter(user="pdevries")
    wanted = [
        (path, number)
        for path, lines in expected.items()
        for number, line in lines
        if b'"user":"pdevries"' in line
    ]
    assert len(wanted) == 15
    monkeypatch.setattr(log_files, "_BLOCK", 97)  # far shorter than a line
    for path, lines in expected.items():
        assert b"".join(iter_blocks(path)) == (b"\n".join(line for _, line in lines) + b"\n")
        assert list(enumerate(iter_lines(path), start=1)) == lines
    found = [(f.file, f.line) for f in iter_incidents(log, query)]
    assert found == wanted
    assert all(f.record["user"] == "pdevries" for f in iter_incidents(log, query))

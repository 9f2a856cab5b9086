"""Rotation by size and day, compression, retention and the anchors they leave for `verify`."""

from __future__ import annotations

import gzip
import json
import stat
from datetime import timedelta
from pathlib import Path
from typing import Any

from gateway.incidents.files import LogFileSet
from gateway.incidents.verify import START_MISSING, verify_log
from tests.incidents.helpers import Clock, log_lines, make_event, settings_for


def test_size_rotation_compresses_and_links_files(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    settings = settings_for(tmp_path, incident_rotate_bytes=1200)
    recorder = recorder_factory(settings)
    numbers = [recorder.record(make_event()) for _ in range(10)]
    recorder.close()

    files = LogFileSet(settings.incident_log).files()
    rotated = [f.path for f in files if not f.active]
    assert len(rotated) >= 3
    assert all(p.name.endswith(".jsonl.gz") for p in rotated)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in rotated)
    assert all(p.stat().st_size < 1200 for p in rotated)  # compressed

    lines = log_lines(tmp_path / "log")
    second = json.loads(lines[rotated[1].name][0])
    assert second["kind"] == "rotation"
    assert second["previous_file"] == rotated[0].name.removesuffix(".gz")
    assert second["previous_records"] == len(lines[rotated[0].name])
    incidents = [
        json.loads(line)["incident"]
        for name in [*(p.name for p in rotated), "incidents.jsonl"]
        for line in lines[name]
        if '"kind":"incident"' in line
    ]
    assert incidents == numbers  # every record once, in order, across the files
    assert verify_log(LogFileSet(settings.incident_log)).ok


def test_daily_rotation_names_files_after_their_first_record(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    settings = settings_for(tmp_path, incident_compress_rotated=False)
    recorder = recorder_factory(settings)
    recorder.record(make_event())
    clock.advance(hours=20)  # next UTC day
    recorder.record(make_event())
    recorder.close()
    names = sorted(p.name for p in (tmp_path / "log").iterdir())
    assert names == ["incidents-20261103T090000000000Z.jsonl", "incidents.jsonl"]
    active = log_lines(tmp_path / "log")["incidents.jsonl"]
    assert [json.loads(line)["kind"] for line in active] == ["rotation", "incident"]


def test_restart_after_rotation_continues_the_chain(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    settings = settings_for(tmp_path, incident_rotate_bytes=1500)
    for _ in range(3):
        recorder = recorder_factory(settings)
        for _ in range(4):
            recorder.record(make_event())
            clock.advance(seconds=1)
        recorder.close()
    result = verify_log(LogFileSet(settings.incident_log))
    assert result.ok, result.problems
    assert result.last_record is not None
    assert result.last_record.incident == "2026-11-03-000012"


def _month_of_logs(tmp_path: Path, clock: Clock, factory: Any, retention_days: int) -> Any:
    settings = settings_for(tmp_path, incident_retention_days=retention_days)
    recorder = factory(settings)
    for _ in range(40):  # one incident a day, daily rotation
        recorder.record(make_event())
        clock.advance(days=1)
    return settings, recorder


def test_retention_deletes_old_files_and_leaves_a_verifiable_anchor(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    settings, recorder = _month_of_logs(tmp_path, clock, recorder_factory, retention_days=30)
    recorder.close()
    files = LogFileSet(settings.incident_log).files()
    # Every file holds one day; files whose last record is more than 30 days old are gone.
    oldest = files[0].start
    assert oldest is not None
    assert oldest[:10] >= (clock.now - timedelta(days=32)).date().isoformat()
    assert len(files) <= 32

    retention = [
        json.loads(line)
        for lines in log_lines(tmp_path / "log").values()
        for line in lines
        if '"kind":"retention"' in line
    ]
    assert len(retention) == 40 - len(files)
    assert retention[0]["deleted_file"] == "incidents-20261103T090000000000Z.jsonl"
    assert retention[0]["deleted_last_incident"] == "2026-11-03-000001"
    assert retention[0]["retention_days"] == 30

    result = verify_log(LogFileSet(settings.incident_log))
    assert result.ok, result.problems
    assert result.retention_note is not None
    assert retention[-1]["deleted_file"] in result.retention_note
    assert "30 dagen" in result.retention_note


def test_deleting_beyond_the_retention_anchor_is_reported(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    settings, recorder = _month_of_logs(tmp_path, clock, recorder_factory, retention_days=30)
    recorder.close()
    oldest = LogFileSet(settings.incident_log).files()[0]
    oldest.path.unlink()  # someone removes one more day than the retention period allows
    result = verify_log(LogFileSet(settings.incident_log))
    assert [p.kind for p in result.problems] == [START_MISSING]


def test_zero_retention_keeps_everything(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    settings, recorder = _month_of_logs(tmp_path, clock, recorder_factory, retention_days=0)
    recorder.close()
    assert len(LogFileSet(settings.incident_log).files()) == 40


def test_gz_files_are_readable_by_standard_tools(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    settings = settings_for(tmp_path)
    recorder = recorder_factory(settings)
    recorder.record(make_event())
    clock.advance(days=1)
    recorder.record(make_event())
    recorder.close()
    [packed] = [p for p in (tmp_path / "log").iterdir() if p.suffix == ".gz"]
    assert json.loads(gzip.decompress(packed.read_bytes()))["incident"] == "2026-11-03-000001"

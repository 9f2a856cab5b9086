"""`verify` on tampered logs: each kind of tampering is reported, with file and line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from gateway.incidents.chain import seal
from gateway.incidents.files import LogFileSet
from gateway.incidents.verify import (
    EDITED,
    INSERTED,
    MISSING,
    MOVED,
    START_MISSING,
    UNREADABLE,
    verify_log,
)
from tests.incidents.helpers import Clock, make_event, settings_for


def _write(tmp_path: Path, clock: Clock, factory: Any, count: int, **settings: Any) -> Path:
    recorder = factory(settings_for(tmp_path, **settings))
    for index in range(count):
        recorder.record(make_event(user=f"medewerker{index % 3}"))
        clock.advance(minutes=7)
    recorder.close()
    return tmp_path / "log" / "incidents.jsonl"


def _problems(log: Path) -> list[tuple[str, str, int]]:
    result = verify_log(LogFileSet(log))
    return [(p.kind, p.where.file, p.where.line) for p in result.problems]


def _forge(line: str, **changes: Any) -> str:
    """What a careful forger does: change fields and recompute the record's own hash."""
    record = json.loads(line)
    record.update(changes)
    del record["hash"]
    prev = record.pop("prev_hash")
    record["prev_hash"] = prev
    return seal(json.dumps(record, separators=(",", ":")))[0]


def _edit_lines(path: Path, edit: Any) -> None:
    lines = path.read_text().splitlines()
    edit(lines)
    path.write_text("".join(line + "\n" for line in lines))


def test_untouched_log_is_in_order(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log = _write(tmp_path, clock, recorder_factory, 10)
    result = verify_log(LogFileSet(log))
    assert result.ok and result.records == 10
    assert result.last_record is not None and result.last_record.line == 10


def test_edited_record(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log = _write(tmp_path, clock, recorder_factory, 10)
    _edit_lines(log, lambda lines: lines.__setitem__(4, lines[4].replace("block", "allow")))
    assert _problems(log) == [(EDITED, "incidents.jsonl", 5)]


def test_edited_record_with_recomputed_hash(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    log = _write(tmp_path, clock, recorder_factory, 10)
    _edit_lines(log, lambda lines: lines.__setitem__(4, _forge(lines[4], user="iemand-anders")))
    # The record itself looks fine; the next one no longer points to it.
    assert _problems(log) == [(MISSING, "incidents.jsonl", 6)]


def test_removed_record(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log = _write(tmp_path, clock, recorder_factory, 10)
    _edit_lines(log, lambda lines: lines.__delitem__(3))
    assert _problems(log) == [(MISSING, "incidents.jsonl", 4)]


def test_inserted_record(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log = _write(tmp_path, clock, recorder_factory, 10)
    # A forged record chained to line 3, inserted as line 4
    _edit_lines(log, lambda lines: lines.insert(3, _forge(lines[2], incident="2026-11-03-000099")))
    assert _problems(log) == [(INSERTED, "incidents.jsonl", 4)]


def test_inserted_record_chained_by_the_forger(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    log = _write(tmp_path, clock, recorder_factory, 10)

    def insert(lines: list[str]) -> None:
        after = json.loads(lines[2])["hash"]
        lines.insert(3, _forge(lines[5], prev_hash=after, user="nep"))

    _edit_lines(log, insert)
    assert _problems(log) == [(INSERTED, "incidents.jsonl", 4)]


def test_inserted_unchained_record(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log = _write(tmp_path, clock, recorder_factory, 10)
    _edit_lines(log, lambda lines: lines.insert(3, _forge(lines[7], user="nep")))
    assert _problems(log) == [(INSERTED, "incidents.jsonl", 4)]


def test_reordered_records(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log = _write(tmp_path, clock, recorder_factory, 10)

    def swap(lines: list[str]) -> None:
        lines[3], lines[4] = lines[4], lines[3]

    _edit_lines(log, swap)
    assert _problems(log) == [(MOVED, "incidents.jsonl", 5)]


def test_record_moved_far(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log = _write(tmp_path, clock, recorder_factory, 10)
    _edit_lines(log, lambda lines: lines.insert(8, lines.pop(2)))
    problems = _problems(log)
    assert (MOVED, "incidents.jsonl", 9) in problems
    assert all(kind != EDITED for kind, _, _ in problems)


def test_garbage_line(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log = _write(tmp_path, clock, recorder_factory, 5)
    _edit_lines(log, lambda lines: lines.insert(2, "dit hoort hier niet"))
    assert _problems(log) == [(UNREADABLE, "incidents.jsonl", 3)]


def _rotated_log(tmp_path: Path, clock: Clock, factory: Any) -> tuple[Path, list[Path]]:
    log = _write(tmp_path, clock, factory, 12, incident_rotate_bytes=1500)
    rotated = [f.path for f in LogFileSet(log).files() if not f.active]
    assert len(rotated) >= 3 and all(p.name.endswith(".gz") for p in rotated)
    assert verify_log(LogFileSet(log)).ok
    return log, rotated


def test_removed_rotated_file_is_named(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log, rotated = _rotated_log(tmp_path, clock, recorder_factory)
    rotated[1].unlink()
    result = verify_log(LogFileSet(log))
    [problem] = result.problems
    assert problem.kind == MISSING
    assert (problem.where.file, problem.where.line) == (rotated[2].name, 1)
    assert rotated[1].name.removesuffix(".gz") in problem.message


def test_record_removed_at_end_of_rotated_file(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    log, rotated = _rotated_log(tmp_path, clock, recorder_factory)
    lines = gzip.decompress(rotated[0].read_bytes()).splitlines(keepends=True)
    rotated[0].write_bytes(gzip.compress(b"".join(lines[:-1])))
    assert _problems(log) == [(MISSING, rotated[1].name, 1)]


def test_edit_inside_compressed_file(tmp_path: Path, clock: Clock, recorder_factory: Any) -> None:
    log, rotated = _rotated_log(tmp_path, clock, recorder_factory)
    data = gzip.decompress(rotated[1].read_bytes()).replace(b"jjansen", b"xxxxxxx", 1)
    data = data.replace(b'"medewerker', b'"medewerkes', 1)
    rotated[1].write_bytes(gzip.compress(data))
    problems = _problems(log)
    assert problems and {kind for kind, _, _ in problems} == {EDITED}
    assert {file for _, file, _ in problems} == {rotated[1].name}


def test_removed_oldest_file_without_retention_is_tampering(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    log, rotated = _rotated_log(tmp_path, clock, recorder_factory)
    rotated[0].unlink()
    assert _problems(log) == [(START_MISSING, rotated[1].name, 1)]

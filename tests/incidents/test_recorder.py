"""The record itself: fields, numbering, permissions, privacy, failure behaviour, outputs."""

from __future__ import annotations

import json
import re
import socket
import stat
import threading
from pathlib import Path
from typing import Any

import pytest

from gateway.incidents import IncidentLogError, IncidentRecorder
from gateway.incidents.chain import GENESIS_HASH, unseal
from gateway.incidents.files import LogFileSet
from gateway.incidents.verify import verify_log
from tests.incidents.helpers import Clock, log_lines, make_event, settings_for

BSN = "123456782"
EMAIL = "Marieke.de.Vries@Example.NL"
NAME = "Marieke de Vries"
PROMPT = f"Kun je de uitkering van {NAME}, BSN {BSN}, mail {EMAIL}, herberekenen?"


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_record_has_the_documented_fields_in_order(tmp_path: Path, recorder_factory: Any) -> None:
    recorder = recorder_factory(settings_for(tmp_path))
    number = recorder.record(make_event(finding_values=[("NL_BSN", BSN)]))

    [record] = _records(tmp_path / "log" / "incidents.jsonl")
    assert number == "2026-11-03-000001" == record["incident"]
    assert list(record) == [
        "time", "kind", "incident", "decision", "reason_codes", "policy_rule", "service_id",
        "host", "vendor", "country", "mode", "client", "user", "entities", "recognizers",
        "body_size", "screening_ms", "finding_hashes", "prev_hash", "hash",
    ]  # fmt: skip
    assert record["time"] == "2026-11-03T09:00:00.000000Z"
    assert record["entities"] == {"NL_BSN": 1}
    assert record["prev_hash"] == GENESIS_HASH
    assert re.fullmatch(r"NL_BSN:[0-9a-f]{16}", record["finding_hashes"][0])


def test_numbers_restart_per_day_and_continue_after_restart(
    tmp_path: Path, clock: Clock, recorder_factory: Any
) -> None:
    settings = settings_for(tmp_path, incident_rotate_daily=False)
    first = recorder_factory(settings)
    assert [first.record(make_event()) for _ in range(3)][-1] == "2026-11-03-000003"
    first.close()

    second = recorder_factory(settings)  # a restart of the gateway
    assert second.record(make_event()) == "2026-11-03-000004"
    clock.advance(days=1)
    assert second.record(make_event()) == "2026-11-04-000001"
    second.close()
    assert verify_log(LogFileSet(settings.incident_log)).ok


def test_files_are_private_to_the_gateway_user(tmp_path: Path, recorder_factory: Any) -> None:
    recorder = recorder_factory(settings_for(tmp_path))
    recorder.record(make_event())
    assert stat.S_IMODE((tmp_path / "log").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "log" / "incidents.jsonl").stat().st_mode) == 0o600


def test_existing_file_with_wide_permissions_is_tightened(
    tmp_path: Path, recorder_factory: Any
) -> None:
    log = tmp_path / "incidents.jsonl"
    log.touch(mode=0o644)
    log.chmod(0o644)  # regardless of umask
    recorder_factory(settings_for(tmp_path, incident_log=log)).record(make_event())
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_prompt_values_and_mapping_never_reach_any_output(
    tmp_path: Path, clock: Clock, recorder_factory: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    receiver.settimeout(5)
    port = receiver.getsockname()[1]
    settings = settings_for(
        tmp_path,
        incident_stdout=True,
        incident_syslog=f"udp://127.0.0.1:{port}",
        incident_rotate_bytes=600,
    )
    recorder = recorder_factory(settings)
    findings = [("NL_BSN", BSN), ("EMAIL_ADDRESS", EMAIL), ("PERSON", NAME)]
    for _ in range(4):
        recorder.record(
            make_event(
                entity_counts={"NL_BSN": 1, "EMAIL_ADDRESS": 1, "PERSON": 1},
                finding_values=findings,
                # a careless caller putting a value in a reason code: scrubbed, not written
                reason_codes=["entity:NL_BSN", f"bsn {BSN}"],
            )
        )
        clock.advance(seconds=1)
    recorder.close()
    datagrams = [receiver.recv(65535).decode() for _ in range(4)]
    receiver.close()

    outputs = {"stdout": capsys.readouterr().out, "syslog": "\n".join(datagrams)}
    outputs.update({name: "\n".join(lines) for name, lines in log_lines(tmp_path / "log").items()})
    assert len(outputs) >= 4  # rotation produced several files
    forbidden = [BSN, "123 456 782", EMAIL.lower(), EMAIL, NAME, "Marieke", "uitkering", PROMPT]
    for name, text in outputs.items():
        assert "[verwijderd]" in text, name
        for value in forbidden:
            assert value.lower() not in text.lower(), f"{value!r} in {name}"


def test_same_value_in_another_spelling_gets_the_same_fingerprint(
    tmp_path: Path, recorder_factory: Any
) -> None:
    recorder = recorder_factory(settings_for(tmp_path))
    recorder.record(make_event(finding_values=[("NL_BSN", "123456782")]))
    recorder.record(make_event(finding_values=[("NL_BSN", "1234.56.782")]))
    recorder.record(make_event(finding_values=[("NL_BSN", "111222333")]))
    hashes = [r["finding_hashes"] for r in _records(tmp_path / "log" / "incidents.jsonl")]
    assert hashes[0] == hashes[1] != hashes[2]


def test_no_fingerprints_without_a_key(tmp_path: Path, recorder_factory: Any) -> None:
    recorder = recorder_factory(settings_for(tmp_path, incident_hmac_key=""))
    recorder.record(make_event(finding_values=[("NL_BSN", BSN)]))
    [record] = _records(tmp_path / "log" / "incidents.jsonl")
    assert "finding_hashes" not in record


def test_concurrent_writers_get_unique_numbers_and_an_intact_chain(
    tmp_path: Path, recorder_factory: Any
) -> None:
    settings = settings_for(tmp_path, incident_rotate_bytes=20_000)
    recorder = recorder_factory(settings)
    numbers: list[str] = []

    def work() -> None:
        numbers.extend(recorder.record(make_event()) for _ in range(150))

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    recorder.close()
    assert len(set(numbers)) == 900
    assert max(numbers) == "2026-11-03-000900"
    result = verify_log(LogFileSet(settings.incident_log))
    assert result.ok, result.problems
    assert len(result.files) > 3  # the chain was checked across rotations


def test_write_failure_raises_is_loud_and_does_not_break_chain_or_numbering(
    tmp_path: Path,
    recorder_factory: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(IncidentRecorder, "file_check_interval_s", 0.0)
    settings = settings_for(tmp_path, incident_rotate_daily=False)
    log = settings.incident_log
    recorder = recorder_factory(settings)
    assert recorder.record(make_event()) == "2026-11-03-000001"
    # Someone moves the file aside and the disk is full: /dev/full fails every write (ENOSPC).
    log.rename(log.with_name("incidents-20261103T090000000000Z.jsonl"))
    log.symlink_to("/dev/full")

    with pytest.raises(IncidentLogError) as raised:
        recorder.record(make_event(finding_values=[("NL_BSN", BSN)]))
    assert "No space left on device" in str(raised.value)
    assert BSN not in str(raised.value)
    err = capsys.readouterr().err
    assert "AI-poort FOUT" in err and "NIET vastgelegd" in err and "geblokkeerd" in err

    log.unlink()  # space again
    assert recorder.record(make_event()) == "2026-11-03-000002"
    recorder.close()
    assert verify_log(LogFileSet(log)).ok


def test_unopenable_log_raises_on_record(tmp_path: Path, recorder_factory: Any) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    recorder = recorder_factory(settings_for(tmp_path, incident_log=blocker / "incidents.jsonl"))
    with pytest.raises(IncidentLogError):
        recorder.record(make_event())


def test_syslog_copy_is_rfc5424_with_the_record_as_message(
    tmp_path: Path, recorder_factory: Any
) -> None:
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    receiver.settimeout(5)
    port = receiver.getsockname()[1]
    recorder = recorder_factory(settings_for(tmp_path, incident_syslog=f"udp://127.0.0.1:{port}"))
    number = recorder.record(make_event())
    recorder.record(make_event(decision="redact"))
    block, redact = receiver.recv(65535).decode(), receiver.recv(65535).decode()
    receiver.close()

    pattern = (
        r"<(?P<pri>\d+)>1 (?P<ts>\S+) (?P<host>\S+) ai-poort (?P<pid>\d+) incident "
        r"\[aipoort@32473 (?P<sd>[^\]]*)\] (?P<msg>\{.*\})"
    )
    match = re.fullmatch(pattern, block)
    assert match, block
    assert match["pri"] == str(16 * 8 + 4)  # local0.warning for a block
    assert match["ts"] == "2026-11-03T09:00:00.000000Z"
    assert f'incident="{number}"' in match["sd"] and 'decision="block"' in match["sd"]
    file_line = (tmp_path / "log" / "incidents.jsonl").read_text().splitlines()[0]
    assert match["msg"] == file_line
    assert redact.startswith(f"<{16 * 8 + 5}>1 ")  # local0.notice


def test_stdout_copy_matches_the_file(
    tmp_path: Path, recorder_factory: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    recorder = recorder_factory(settings_for(tmp_path, incident_stdout=True))
    recorder.record(make_event())
    out = capsys.readouterr().out
    assert out == (tmp_path / "log" / "incidents.jsonl").read_text()


def test_torn_last_line_is_ended_and_chain_continues(tmp_path: Path, recorder_factory: Any) -> None:
    settings = settings_for(tmp_path)
    recorder = recorder_factory(settings)
    recorder.record(make_event())
    recorder.close()
    with settings.incident_log.open("ab") as stream:
        stream.write(b'{"time":"2026-11-03T09:00:00.5')  # crash in the middle of a write

    restarted = recorder_factory(settings)
    assert restarted.record(make_event()) == "2026-11-03-000002"
    lines = settings.incident_log.read_bytes().splitlines()
    assert unseal(lines[1]) is None and unseal(lines[2]) is not None
    result = verify_log(LogFileSet(settings.incident_log))
    assert [(p.kind, p.where.line) for p in result.problems] == [("onleesbaar", 2)]

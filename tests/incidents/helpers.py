"""Helpers for the incident log tests: a settable clock, events, settings and the CLI."""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from gateway.commands import incidents as incidents_command
from gateway.commands import report as report_command
from gateway.incidents import IncidentEvent, IncidentRecorder
from gateway.settings import GatewaySettings

START = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


class Clock:
    """The recorder's clock, moved by the test."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_event(**overrides: Any) -> IncidentEvent:
    fields: dict[str, Any] = {
        "decision": "block",
        "reason_codes": ["entity:NL_BSN"],
        "policy_rule": "entities.NL_BSN",
        "service_id": "chatgpt",
        "host": "chatgpt.com",
        "vendor": "OpenAI",
        "country": "US",
        "mode": "enforce",
        "client": "10.1.2.3",
        "user": "jjansen",
        "entity_counts": {"NL_BSN": 1},
        "recognizers": ["NlBsnRecognizer"],
        "body_size": 512,
        "screening_ms": 12.5,
        "finding_values": [],
    }
    fields.update(overrides)
    return IncidentEvent(**fields)


def settings_for(tmp_path: Path, **overrides: Any) -> GatewaySettings:
    values: dict[str, Any] = {
        "incident_log": tmp_path / "log" / "incidents.jsonl",
        "incident_hmac_key": "test-sleutel",
        "incident_rotate_bytes": 0,
        "incident_rotate_daily": True,
        "incident_retention_days": 0,
        "incident_compress_rotated": True,
    }
    values.update(overrides)
    return GatewaySettings(**values)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def recorder_factory(clock: Clock) -> Iterator[Any]:
    """Builds recorders on the test clock and closes them afterwards."""
    made: list[IncidentRecorder] = []

    def build(settings: GatewaySettings) -> IncidentRecorder:
        recorder = IncidentRecorder(settings, clock=clock)
        made.append(recorder)
        return recorder

    yield build
    for recorder in made:
        recorder.close()


# A varied month of incidents: (day offset, hour, event overrides)
VARIED: list[tuple[int, int, dict[str, Any]]] = [
    (0, 9, {}),
    (
        0,
        10,
        {
            "decision": "redact",
            "reason_codes": ["entity:PERSON"],
            "policy_rule": "entities.PERSON",
            "entity_counts": {"PERSON": 2},
            "user": "pdevries",
        },
    ),
    (
        1,
        11,
        {
            "service_id": "deepseek",
            "host": "chat.deepseek.com",
            "vendor": "DeepSeek",
            "country": "CN",
            "reason_codes": ["service_not_approved", "high_risk_country"],
            "policy_rule": "services.high_risk_country",
            "entity_counts": {},
            "recognizers": [],
        },
    ),
    (
        2,
        14,
        {
            "decision": "block",
            "entity_counts": {"HEALTH_DATA": 1, "PERSON": 1},
            "reason_codes": ["entity:HEALTH_DATA"],
            "policy_rule": "entities.HEALTH_DATA",
            "client": "10.1.2.4",
            "user": "pdevries",
        },
    ),
    (
        2,
        15,
        {
            "decision": "allow",
            "reason_codes": [],
            "policy_rule": "default",
            "entity_counts": {},
            "recognizers": [],
            "service_id": "copilot",
            "host": "copilot.microsoft.com",
            "vendor": "Microsoft",
            "country": "NL",
        },
    ),
    (
        5,
        8,
        {
            "decision": "redact",
            "reason_codes": ["entity:EMAIL_ADDRESS"],
            "policy_rule": "entities.EMAIL_ADDRESS",
            "entity_counts": {"EMAIL_ADDRESS": 1},
            "user": None,
            "client": "10.9.9.9",
        },
    ),
]


@dataclass
class WrittenLog:
    settings: GatewaySettings
    numbers: list[str]

    @property
    def path(self) -> Path:
        return self.settings.incident_log


@pytest.fixture
def varied_log(tmp_path: Path, clock: Clock, recorder_factory: Any) -> WrittenLog:
    """Six incidents over six days, rotated daily (so several .gz files plus the active file)."""
    settings = settings_for(tmp_path)
    recorder = recorder_factory(settings)
    numbers = []
    for day, hour, overrides in VARIED:
        clock.now = START.replace(hour=hour) + timedelta(days=day)
        numbers.append(recorder.record(make_event(**overrides)))
    recorder.close()
    return WrittenLog(settings, numbers)


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli(*argv: str) -> CliResult:
    """Run `gateway incidents|report ...` in-process with only these commands registered."""
    parser = argparse.ArgumentParser(prog="gateway")
    subparsers = parser.add_subparsers(dest="command", required=True)
    incidents_command.register(subparsers)
    report_command.register(subparsers)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            args = parser.parse_args(list(argv))
            code = int(args.handler(args))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return CliResult(code, out.getvalue(), err.getvalue())


def log_lines(directory: Path) -> dict[str, list[str]]:
    """Every line of every file in the log directory (decompressing .gz), by file name."""
    import gzip

    result = {}
    for path in sorted(directory.iterdir()):
        data = (
            gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
        )
        result[path.name] = data.decode("utf-8").splitlines()
    return result

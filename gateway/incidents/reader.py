"""Stream incident records from all files of a log, filtering cheaply before parsing.

Lines start with ``{"time":"YYYY-MM-DD`` and carry compact JSON, so a period check is a slice
compare and the other filters are substring tests on the raw bytes. With a field filter the file is
not even split into lines: the most selective token is searched for in large blocks and only the
lines around its hits are looked at. Only lines that pass are parsed, and then checked exactly.
Whole rotated files outside the period are skipped by name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.incidents.fields import KIND_INCIDENT
from gateway.incidents.files import LogFile, LogFileSet, first_line, iter_blocks, iter_lines

_TIME_PREFIX = b'{"time":"'
_DAY = slice(len(_TIME_PREFIX), len(_TIME_PREFIX) + 10)
_INCIDENT_MARK = b'"kind":"incident"'

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    """Which incidents to read. Days are ``YYYY-MM-DD`` (UTC), both ends inclusive."""

    since: str | None = None
    until: str | None = None
    decision: str | None = None
    service: str | None = None  # service id or host
    country: str | None = None
    entity_type: str | None = None
    user: str | None = None
    client: str | None = None
    number: str | None = None

    @property
    def period_only(self) -> bool:
        """True if only the period restricts the selection (so per-day counts answer it)."""
        return not self.field_tokens()

    def covers_day(self, day: str) -> bool:
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )

    def field_tokens(self) -> list[bytes]:
        """Byte strings every matching line must contain (necessary, not sufficient), the most
        selective first: that one is searched for, the others are checked on its lines."""
        tokens = []
        for name, value in (
            ("incident", self.number),
            ("user", self.user),
            ("client", self.client),
        ):
            if value is not None:
                tokens.append(f'"{name}":{json.dumps(value)}'.encode())
        if self.entity_type is not None:
            tokens.append(f"{json.dumps(self.entity_type)}:".encode())
        if self.service is not None:
            tokens.append(json.dumps(self.service).encode())
        for name, value in (("country", self.country), ("decision", self.decision)):
            if value is not None:
                tokens.append(f'"{name}":{json.dumps(value)}'.encode())
        return tokens

    def matches(self, record: Record) -> bool:
        return (
            record.get("kind") == KIND_INCIDENT
            and self.covers_day(str(record.get("time", ""))[:10])
            and (self.decision is None or record.get("decision") == self.decision)
            and (
                self.service is None
                or self.service in (record.get("service_id"), record.get("host"))
            )
            and (self.country is None or record.get("country") == self.country)
            and (self.entity_type is None or self.entity_type in (record.get("entities") or {}))
            and (self.user is None or record.get("user") == self.user)
            and (self.client is None or record.get("client") == self.client)
            and (self.number is None or record.get("incident") == self.number)
        )


@dataclass(frozen=True, slots=True)
class Located:
    """A record and where it is: for `show` and for the CISO's own checks."""

    file: Path
    line: int
    record: Record


def files_in_period(file_set: LogFileSet, since: str | None, until: str | None) -> list[LogFile]:
    """The files that may hold records in the period; a file ends where the next one starts."""
    files = file_set.files()
    starts = [f.start if f.start is not None else _first_time(f.path) for f in files]
    selected = []
    for index, log_file in enumerate(files):
        start = starts[index]
        end = starts[index + 1] if index + 1 < len(files) else None
        if until is not None and start is not None and start[:10] > until:
            continue
        if since is not None and end is not None and end[:10] < since:
            continue
        selected.append(log_file)
    return selected


def iter_incidents(file_set: LogFileSet, query: IncidentFilter) -> Iterator[Located]:
    """Matching incident records in log order, with file and line number."""
    for log_file in files_in_period(file_set, query.since, query.until):
        yield from iter_file_incidents(log_file.path, query)


def iter_file_incidents(path: Path, query: IncidentFilter) -> Iterator[Located]:
    """Matching incident records of one file, in order."""
    since = query.since.encode() if query.since else None
    until = query.until.encode() if query.until else None
    tokens = query.field_tokens()
    candidates = _lines_containing(path, tokens[0]) if tokens else enumerate(iter_lines(path), 1)
    tokens.append(_INCIDENT_MARK)
    for line_number, line in candidates:
        if line.startswith(_TIME_PREFIX):
            day = line[_DAY]
            if (since is not None and day < since) or (until is not None and day > until):
                continue
        if not all(token in line for token in tokens):
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue  # `verify` reports unreadable lines
        if isinstance(record, dict) and query.matches(record):
            yield Located(file=path, line=line_number, record=record)


def iter_file_records(path: Path) -> Iterator[Record]:
    """All incident records of one file, without filter or line numbers: the path for counting."""
    for line in iter_lines(path):
        if _INCIDENT_MARK in line:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("kind") == KIND_INCIDENT:
                yield record


def _lines_containing(path: Path, token: bytes) -> Iterator[tuple[int, bytes]]:
    """``(line number, line)`` of each line that contains ``token``, found without splitting."""
    lines_before = 0  # newlines before the current block
    for block in iter_blocks(path):
        counted = 0  # block[:counted] holds block_lines newlines
        block_lines = 0
        hit = block.find(token)
        while hit >= 0:
            start = block.rfind(b"\n", 0, hit) + 1
            end = block.find(b"\n", hit)
            if end < 0:
                end = len(block)
            block_lines += block.count(b"\n", counted, start)
            counted = start
            yield lines_before + block_lines + 1, block[start:end].rstrip(b"\r")
            hit = block.find(token, end)
        lines_before += block_lines + block.count(b"\n", counted)


def _first_time(path: Path) -> str | None:
    line = first_line(path)
    if line and line.startswith(_TIME_PREFIX):
        return line[len(_TIME_PREFIX) : len(_TIME_PREFIX) + 27].decode("ascii", "replace")
    return None

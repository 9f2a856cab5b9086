"""Per-day counts of rotated log files, kept next to each file so `stats` only reads the active one.

A rotated file never changes, so its counts are computed once and stored in
``<file>.stats.json`` (mode 0600, like the log). The sidecar holds only counts per day of values
that are in the log itself (services, countries, types, users, clients, fingerprints), never more.
It names the file's identity: size, modification and change time, inode and a SHA-256 of its last
4 KiB as stored (for a plain file the last record with its chain hash, for a ``.gz`` file the gzip
trailer with the CRC-32 of the whole content). Any difference, and any unreadable sidecar, means the
counts are computed again. The cache only speeds up counting: `verify` always reads every record.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Final

from gateway.incidents.files import STATS_SIDECAR_SUFFIX, LogFileSet, stats_sidecar
from gateway.incidents.reader import (
    IncidentFilter,
    files_in_period,
    iter_file_incidents,
    iter_file_records,
)
from gateway.incidents.stats import IncidentStats

_FORMAT: Final = 1
_TAIL_BYTES: Final = 4096
_MODE: Final = 0o600

DayStats = dict[str, IncidentStats]  # day (YYYY-MM-DD) -> counts of that day's incidents


def log_stats(file_set: LogFileSet, query: IncidentFilter) -> IncidentStats:
    """Stats of the incidents matching ``query``; from the sidecars of rotated files when only the
    period is filtered on (computing missing or stale ones), else by reading the records."""
    stats = IncidentStats()
    for log_file in files_in_period(file_set, query.since, query.until):
        if query.period_only:
            # The active file still grows: counted every time, never cached.
            days = count_per_day(log_file.path) if log_file.active else day_stats(log_file.path)
            for day, counts in days.items():
                if query.covers_day(day):
                    stats.merge(counts)
        else:
            for found in iter_file_incidents(log_file.path, query):
                stats.add(found.record)
    remove_orphans(file_set)
    return stats.finish()


def day_stats(path: Path) -> DayStats:
    """Per-day counts of a rotated file: from its sidecar if that still fits, else computed (and
    stored, if the directory is writable)."""
    cached = cached_day_stats(path)
    if cached is not None:
        return cached
    before = file_identity(path)
    computed = count_per_day(path)
    if before is not None and file_identity(path) == before:  # unchanged while we read it
        _store(path, before, computed)
    return computed


def count_per_day(path: Path) -> DayStats:
    """Per-day counts of a file by reading all its records."""
    days: DayStats = {}
    for record in iter_file_records(path):
        day = str(record.get("time", ""))[:10]
        counts = days.get(day)
        if counts is None:
            counts = days[day] = IncidentStats()
        counts.add(record)
    return days


def cached_day_stats(path: Path) -> DayStats | None:
    """The sidecar's counts if it exists and still describes the file as it is now."""
    identity = file_identity(path)
    try:
        with stats_sidecar(path).open("rb") as stream:
            data = json.load(stream)
        if (
            not isinstance(data, dict)
            or data.get("format") != _FORMAT
            or data.get("identity") != identity
            or not isinstance(data.get("days"), dict)
        ):
            return None
        return {str(day): IncidentStats.from_json(counts) for day, counts in data["days"].items()}
    except (OSError, ValueError):
        return None  # missing, unreadable or not ours: count again


def file_identity(path: Path) -> list[int | str] | None:
    """What must be unchanged for a sidecar to still describe ``path`` (JSON-comparable)."""
    try:
        with path.open("rb") as stream:
            info = os.fstat(stream.fileno())
            stream.seek(max(info.st_size - _TAIL_BYTES, 0))
            tail = hashlib.sha256(stream.read(_TAIL_BYTES)).hexdigest()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, tail]


def _store(path: Path, identity: list[int | str], days: DayStats) -> None:
    data = {
        "format": _FORMAT,
        "log_file": path.name,
        "identity": identity,
        "days": {day: counts.to_json() for day, counts in sorted(days.items())},
    }
    target = stats_sidecar(path)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(data, stream, separators=(",", ":"))
        partial.replace(target)
    except OSError:
        # A read-only log directory (a CISO account with read access only) just means no cache.
        with contextlib.suppress(OSError):
            partial.unlink()


def remove_orphans(file_set: LogFileSet) -> None:
    """Sidecars whose log file is gone (deleted by retention or by hand) are deleted too."""
    directory = file_set.active.parent
    prefix = file_set.active.name.removesuffix(file_set.active.suffix) + "-"
    with contextlib.suppress(OSError):
        for entry in directory.iterdir():
            name = entry.name
            if name.startswith(prefix) and name.endswith(STATS_SIDECAR_SUFFIX):
                log_file = entry.with_name(name.removesuffix(STATS_SIDECAR_SUFFIX))
                if not log_file.exists():
                    with contextlib.suppress(OSError):
                        entry.unlink()

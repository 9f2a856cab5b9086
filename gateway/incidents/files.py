"""The files that make up one incident log: the active file and its rotated predecessors.

``var/incidents.jsonl`` rotates to ``var/incidents-20261123T101500123456Z.jsonl`` (named after the
time of its first record, so names sort in log order), which is then compressed to ``.jsonl.gz``.
Next to a rotated file may be ``<file>.stats.json``, its cached counts (see ``stats_cache``).
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

_STAMP = re.compile(r"^(\d{8}T\d{12})Z$")
_TAIL_CHUNK = 64 * 1024
_BLOCK = 4 * 1024 * 1024
STATS_SIDECAR_SUFFIX = ".stats.json"


@dataclass(frozen=True, slots=True)
class LogFile:
    path: Path
    # UTC time of the first record as "2026-11-23T10:15:00.123456Z"; None for the active file
    # (its start is only known from its first line).
    start: str | None
    active: bool


def stamp_for(time_iso: str) -> str:
    """File-name stamp for a record time: ``2026-11-23T10:15:00.123456Z`` -> ``20261123T10150012
    3456Z`` without separators."""
    return re.sub(r"[^0-9T]", "", time_iso.removesuffix("Z")) + "Z"


def _time_from_stamp(stamp: str) -> str:
    d = stamp
    return f"{d[0:4]}-{d[4:6]}-{d[6:8]}T{d[9:11]}:{d[11:13]}:{d[13:15]}.{d[15:21]}Z"


class LogFileSet:
    """Names and lists the files of the log at ``active``."""

    def __init__(self, active: Path) -> None:
        self.active = active
        self._stem = active.name.removesuffix(active.suffix)
        self._suffix = active.suffix

    def rotated_path(self, first_record_time: str) -> Path:
        """A free name for the active file once rotated. Two files starting in the same
        microsecond (only with a frozen clock) get consecutive stamps rather than overwriting."""
        stamp = int(stamp_for(first_record_time).replace("T", "").removesuffix("Z"))
        while True:
            digits = str(stamp)
            path = self.active.with_name(f"{self._stem}-{digits[:8]}T{digits[8:]}Z{self._suffix}")
            if not path.exists() and not path.with_name(path.name + ".gz").exists():
                return path
            stamp += 1

    def files(self) -> list[LogFile]:
        """All files in log order: rotated files oldest first, then the active file."""
        found: dict[str, Path] = {}
        directory = self.active.parent
        if directory.is_dir():
            for entry in directory.iterdir():
                stamp = self._stamp_of(entry.name)
                # A plain file next to its .gz means compression did not finish: the plain file
                # is complete, the .gz may not be.
                if stamp and (stamp not in found or not entry.name.endswith(".gz")):
                    found[stamp] = entry
        result = [
            LogFile(path=found[stamp], start=_time_from_stamp(stamp), active=False)
            for stamp in sorted(found)
        ]
        if self.active.exists():
            result.append(LogFile(path=self.active, start=None, active=True))
        return result

    def _stamp_of(self, name: str) -> str | None:
        prefix = f"{self._stem}-"
        for suffix in (self._suffix, f"{self._suffix}.gz"):
            if name.startswith(prefix) and name.endswith(suffix):
                match = _STAMP.match(name[len(prefix) : len(name) - len(suffix)])
                if match:
                    return match.group(1)
        return None


def stats_sidecar(path: Path) -> Path:
    """Where the cached counts of a rotated file are kept (see ``stats_cache``)."""
    return path.with_name(path.name + STATS_SIDECAR_SUFFIX)


def remove_stats_sidecar(path: Path) -> None:
    """Called when a log file goes (compression, retention): its counts go with it."""
    with contextlib.suppress(OSError):
        stats_sidecar(path).unlink()


def open_binary(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        # GzipFile reads bytes but is typed as BufferedIOBase, not IO[bytes]
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def iter_blocks(path: Path) -> Iterator[bytes]:
    """The content of a (possibly compressed) log file in large pieces that end at a line end
    (the last one may not): searching and splitting a block is far cheaper than reading lines."""
    with open_binary(path) as stream:
        rest = b""
        while chunk := stream.read(_BLOCK):
            if rest:
                chunk = rest + chunk
            cut = chunk.rfind(b"\n") + 1
            if cut:
                yield chunk[:cut]
            rest = chunk[cut:]
        if rest:
            yield rest


def iter_lines(path: Path) -> Iterator[bytes]:
    """The lines of a (possibly compressed) log file, without line endings."""
    for block in iter_blocks(path):
        lines = block.split(b"\n")
        if not lines[-1]:
            lines.pop()  # the piece after the block's final newline
        if b"\r" in block:
            lines = [line.rstrip(b"\r") for line in lines]
        yield from lines


def first_line(path: Path) -> bytes | None:
    with open_binary(path) as stream:
        line = stream.readline().rstrip(b"\r\n")
    return line or None


def last_lines(path: Path, count: int) -> list[bytes]:
    """Up to ``count`` last complete lines, newest last (reads only the tail of plain files)."""
    if path.name.endswith(".gz"):
        tail: list[bytes] = []
        for line in iter_lines(path):
            tail.append(line)
            del tail[:-count]
        return [line for line in tail if line]
    with path.open("rb") as stream:
        stream.seek(0, os.SEEK_END)
        end = stream.tell()
        position = end
        data = b""
        while position > 0 and data.count(b"\n") <= count:
            step = min(_TAIL_CHUNK, position)
            position -= step
            stream.seek(position)
            data = stream.read(step) + data
    lines = data.split(b"\n")
    if position > 0:
        lines = lines[1:]  # the first piece may be the end of a longer line
    return [line.rstrip(b"\r") for line in lines if line.strip()][-count:]

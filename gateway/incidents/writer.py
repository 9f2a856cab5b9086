"""The active log file: append-only writes, restrictive permissions, rotation and compression.

Not thread-safe by itself; the recorder serialises all calls under its lock.
"""

from __future__ import annotations

import gzip
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from gateway.incidents.files import LogFileSet, first_line, last_lines, remove_stats_sidecar

FILE_MODE = 0o600
DIR_MODE = 0o700


@dataclass(frozen=True, slots=True)
class RotatedFile:
    path: Path
    records: int


class ActiveLogFile:
    """Append-only handle on the active file; tracks its size, line count and first record time."""

    def __init__(self, file_set: LogFileSet) -> None:
        self.file_set = file_set
        self.path = file_set.active
        self._fd: int | None = None
        self._torn = False  # a failed write may have left half a line
        self.size = 0
        self.records = 0
        self.first_time: str | None = None

    def open(self) -> None:
        """Open (creating with 0600, in a 0700 directory) and learn size, line count, first time."""
        directory = self.path.parent
        if not directory.exists():
            directory.mkdir(mode=DIR_MODE, parents=True)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        status = os.fstat(self._fd)
        if stat.S_ISREG(status.st_mode):  # never chmod a device or pipe the path points to
            os.fchmod(self._fd, FILE_MODE)  # an existing file keeps no wider rights than ours
        self.size = status.st_size
        self.records = _count_lines(self.path) if self.size else 0
        line = first_line(self.path) if self.size else None
        self.first_time = _time_of(line)
        if self.size and not _ends_with_newline(self.path):
            # A crash cut the last line short: end it so the next record starts on a fresh line;
            # `verify` reports the stub.
            os.write(self._fd, b"\n")
            self.size += 1
            self.records += 1

    def write(self, line: str) -> None:
        """Append one line; raises OSError (with everything written or nothing usable)."""
        if self._fd is None:
            raise OSError("incidentlog is niet geopend")
        data = (line + "\n").encode("utf-8")
        if self._torn:
            data = b"\n" + data
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError:
            self._torn = self._torn or len(view) < len(data)
            raise
        self.records += 2 if self._torn else 1  # the torn stub counts as a line of its own
        self._torn = False
        self.size += len(data)
        if self.first_time is None:
            self.first_time = _time_of(data)

    def replaced_underneath(self) -> bool:
        """True when the path no longer names the open file (deleted or moved by someone else)."""
        if self._fd is None:
            return True
        try:
            return self.path.stat().st_ino != os.fstat(self._fd).st_ino
        except FileNotFoundError:
            return True

    @property
    def is_open(self) -> bool:
        return self._fd is not None

    def tail(self, count: int) -> list[bytes]:
        return last_lines(self.path, count) if self.size else []

    def rotate(self) -> RotatedFile | None:
        """Move the active file aside (named after its first record) and start a new one."""
        if not self.size or self.first_time is None:
            return None
        self.close()
        target = self.file_set.rotated_path(self.first_time)
        self.path.replace(target)
        rotated = RotatedFile(path=target, records=self.records)
        self.open()
        return rotated

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def compress(path: Path) -> Path:
    """Gzip a rotated file next to itself (0600); the plain file goes once the .gz is complete."""
    target = path.with_name(path.name + ".gz")
    partial = path.with_name(path.name + ".gz.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with (
        os.fdopen(fd, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed,
        path.open("rb") as source,
    ):
        shutil.copyfileobj(source, packed, 1024 * 1024)
    partial.replace(target)
    path.unlink()
    remove_stats_sidecar(path)  # counts of the plain file; the .gz gets its own when counted
    return target


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            count += chunk.count(b"\n")
    return count


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as stream:
        stream.seek(-1, os.SEEK_END)
        return stream.read(1) == b"\n"


def _time_of(line: bytes | None) -> str | None:
    # Every record starts with {"time":"<ISO>" (see fields.py)
    prefix = b'{"time":"'
    if line and line.startswith(prefix) and len(line) >= len(prefix) + 27:
        return line[len(prefix) : len(prefix) + 27].decode("ascii", "replace")
    return None

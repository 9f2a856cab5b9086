"""Hash chain over the exact bytes of each record line.

A sealed line is the compact JSON of the record (ending in ``"prev_hash":"<64 hex>"``) with
``,"hash":"<64 hex>"`` appended before the closing brace, where ``hash`` is the SHA-256 of the line
without that suffix. Hashing the bytes as written (rather than a re-serialisation) means any byte
change is detected and ``verify`` needs no JSON parsing: both hashes sit at fixed offsets from the
end of the line.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

GENESIS_HASH: Final = "0" * 64

_HASH_LEN: Final = 64
_HASH_KEY: Final = b',"hash":"'
_PREV_KEY: Final = b',"prev_hash":"'
# ,"hash":"<64>"}  -> len(_HASH_KEY) + 64 + len('"}')
_HASH_SUFFIX_LEN: Final = len(_HASH_KEY) + _HASH_LEN + 2
_PREV_SUFFIX_LEN: Final = len(_PREV_KEY) + _HASH_LEN + 2


def seal(body: str) -> tuple[str, str]:
    """Append the hash of ``body`` (a compact JSON object) to it; returns ``(line, hash)``."""
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return f'{body[:-1]},"hash":"{digest}"}}', digest


@dataclass(frozen=True, slots=True)
class SealedLine:
    """The chain fields of one line, and whether the line still matches its own hash."""

    prev_hash: str
    stated_hash: str
    intact: bool


def unseal(line: bytes) -> SealedLine | None:
    """Read the chain fields of a line (without newline); ``None`` if it is not a sealed record."""
    # Called once per record by `verify`: offsets instead of slicing the line into pieces.
    split = len(line) - _HASH_SUFFIX_LEN  # where ,"hash":" starts
    prev_start = split + 1 - _PREV_SUFFIX_LEN  # where ,"prev_hash":" starts
    if (
        prev_start < 1  # room for at least the opening brace
        or not line.endswith(b'"}')
        or not line.startswith(_HASH_KEY, split)
        or not line.startswith(_PREV_KEY, prev_start)
    ):
        return None
    try:
        stated = line[split + len(_HASH_KEY) : -2].decode("ascii")
        prev = line[prev_start + len(_PREV_KEY) : split - 1].decode("ascii")
    except UnicodeDecodeError:
        return None
    intact = hashlib.sha256(line[:split] + b"}").hexdigest() == stated
    return SealedLine(prev_hash=prev, stated_hash=stated, intact=intact)


def incident_number(day: str, sequence: int) -> str:
    """Readable incident number: UTC date and per-day sequence, e.g. ``2026-11-23-000123``."""
    return f"{day}-{sequence:06d}"


def parse_incident_number(number: str) -> tuple[str, int] | None:
    """``(day, sequence)`` of an incident number, ``None`` if it is not one."""
    day, _, sequence = number.rpartition("-")
    if len(day) != 10 or not sequence.isdigit():
        return None
    return day, int(sequence)


@dataclass(slots=True)
class ChainState:
    """Where the chain and the numbering stand: the last written record's hash and number.

    Processors only propose the next values (``pending_*``); the recorder commits them after the
    line is on disk, so a failed write neither skips a number nor breaks the chain.
    """

    prev_hash: str = GENESIS_HASH
    day: str = ""
    sequence: int = 0
    pending_hash: str | None = None
    pending_number: tuple[str, int] | None = None

    def next_number(self, day: str) -> tuple[str, int]:
        return (day, self.sequence + 1) if day == self.day else (day, 1)

    def commit(self) -> None:
        if self.pending_hash is not None:
            self.prev_hash = self.pending_hash
        if self.pending_number is not None:
            self.day, self.sequence = self.pending_number
        self.discard()

    def discard(self) -> None:
        self.pending_hash = None
        self.pending_number = None

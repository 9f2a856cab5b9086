"""Check the hash chain of a whole log, across rotated files, and say what was tampered with where.

Per line: does the line still match its own hash (else: edited), and does it point to the record
before it (else: records removed, inserted or moved)? A break is classified by looking the
``prev_hash`` up among recent records (inserted records sit between the two ends of the link) and
by remembering hashes that were expected but missing (if such a record turns up later, it was
moved). The start of the log may be missing only if a retention record anchors it.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from gateway.incidents.chain import GENESIS_HASH, unseal
from gateway.incidents.fields import KIND_RETENTION, KIND_ROTATION
from gateway.incidents.files import LogFileSet, iter_lines

_WINDOW = 1000  # recent records kept to classify a break as insertion
_INCIDENT_KEY = b'"incident":"'
_RETENTION_MARK = f'"kind":"{KIND_RETENTION}"'.encode()
_ROTATION_MARK = f'"kind":"{KIND_ROTATION}"'.encode()

EDITED = "gewijzigd"
UNREADABLE = "onleesbaar"
MISSING = "ontbreekt"
INSERTED = "ingevoegd"
MOVED = "verplaatst"
START_MISSING = "begin ontbreekt"


@dataclass(frozen=True, slots=True)
class Location:
    file: str
    line: int
    # The line itself: the incident number is only read from it when a location is shown, which
    # keeps the per-record work of `verify` close to the hashing it cannot avoid.
    content: bytes = field(repr=False)

    @property
    def incident(self) -> str | None:
        return _incident_of(self.content)

    def __str__(self) -> str:
        incident = self.incident
        number = f" (incident {incident})" if incident else ""
        return f"{self.file}:{self.line}{number}"


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str
    where: Location
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.kind}: {self.message}"


@dataclass(slots=True)
class VerifyResult:
    files: list[str] = field(default_factory=list)
    records: int = 0
    problems: list[Problem] = field(default_factory=list)
    first_record: Location | None = None
    last_record: Location | None = None
    last_hash: str | None = None
    # Set when the start of the log was deleted by the retention period (and anchored).
    retention_note: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class _SkippingLink:
    """A record whose prev_hash skips records that are present. Either those were inserted, or
    this record was (forged to point further back); the next record tells which."""

    where: Location
    anchor: Location
    skipped: list[Location]
    head_before: tuple[str, Location | None]


class _ChainChecker:
    def __init__(self) -> None:
        self.result = VerifyResult()
        self._expected: str | None = None  # hash of the chain head
        self._previous: Location | None = None  # where the chain head is
        self._recent: OrderedDict[str, Location] = OrderedDict()
        self._missing: dict[str, Problem] = {}  # expected hash -> the break it caused
        self._moved: set[str] = set()
        self._skipping: _SkippingLink | None = None
        self._start_anchor: str | None = None
        self._retention: dict[str, str] = {}  # deleted last hash -> description

    def check_file(self, path: Path) -> None:
        name = path.name
        self.result.files.append(name)
        for number, line in enumerate(iter_lines(path), start=1):
            if line:
                self._check_line(name, number, line)

    def _check_line(self, file: str, line_number: int, line: bytes) -> None:
        where = Location(file, line_number, line)
        sealed = unseal(line)
        if sealed is None:
            message = "regel is geen volledig record (afgebroken schrijfactie of bewerkt)"
            self._report(UNREADABLE, where, message)
            return
        self.result.records += 1
        if not sealed.intact:
            self._report(EDITED, where, "inhoud past niet bij de eigen hash: record is bewerkt")
        if self._skipping is not None:
            self._resolve_skipping(sealed.prev_hash)
        if self._expected is None:
            self.result.first_record = where
            if sealed.prev_hash != GENESIS_HASH:
                self._start_anchor = sealed.prev_hash
        elif sealed.stated_hash in self._missing:
            self._moved.add(sealed.stated_hash)
            broken = self._missing.pop(sealed.stated_hash)
            self.result.problems.remove(broken)
            self._report(MOVED, where, f"volgorde gewijzigd: dit record hoort vóór {broken.where}")
        elif sealed.prev_hash != self._expected:
            self._classify_break(where, sealed.prev_hash, line)
        if _RETENTION_MARK in line:
            self._note_retention(line)
        self._recent[sealed.stated_hash] = where
        if len(self._recent) > _WINDOW:
            self._recent.popitem(last=False)
        self._expected = sealed.stated_hash
        self._previous = where
        self.result.last_record = where
        self.result.last_hash = sealed.stated_hash

    def _classify_break(self, where: Location, prev_hash: str, line: bytes) -> None:
        if prev_hash in self._recent:
            hashes = list(self._recent)
            skipped = [
                self._recent[h]
                for h in hashes[hashes.index(prev_hash) + 1 :]
                if h not in self._moved
            ]
            if skipped and self._expected is not None:
                self._skipping = _SkippingLink(
                    where, self._recent[prev_hash], skipped, (self._expected, self._previous)
                )
            return
        detail = (
            f"keten onderbroken na {self._previous}: records ontbreken of het vorige is vervangen"
        )
        if line.startswith(b'{"time":') and _ROTATION_MARK in line:
            previous_file = json.loads(line).get("previous_file")
            if (
                previous_file
                and self._previous
                and self._previous.file.removesuffix(".gz") != previous_file
            ):
                detail = f"bestand {previous_file} (vorige in de reeks) ontbreekt of is vervangen"
        problem = Problem(MISSING, where, detail)
        self.result.problems.append(problem)
        self._missing[prev_hash] = problem

    def _resolve_skipping(self, next_prev_hash: str | None) -> None:
        link, self._skipping = self._skipping, None
        assert link is not None
        head_hash, head_location = link.head_before
        if next_prev_hash == head_hash:
            # The next record links past the skipping one: that record is the intruder.
            self._report(INSERTED, link.where, f"hoort niet in de keten na {head_location}")
            self._expected, self._previous = head_hash, head_location
            return
        for skipped in link.skipped:
            self._forget_missing_at(skipped)
            self._report(
                INSERTED, skipped, f"hoort niet in de keten tussen {link.anchor} en {link.where}"
            )

    def _forget_missing_at(self, where: Location) -> None:
        """An inserted record's own broken link is not a second problem."""
        self.result.problems = [
            p for p in self.result.problems if not (p.kind == MISSING and p.where == where)
        ]
        self._missing = {h: p for h, p in self._missing.items() if p.where != where}

    def _note_retention(self, line: bytes) -> None:
        record = json.loads(line)
        last_hash = record.get("deleted_last_hash")
        if isinstance(last_hash, str):
            self._retention[last_hash] = (
                f"{record.get('deleted_file')} ({record.get('deleted_records')} records, t/m "
                f"incident {record.get('deleted_last_incident')}) verwijderd op "
                f"{str(record.get('time'))[:10]} na {record.get('retention_days')} dagen bewaren"
            )

    def _report(self, kind: str, where: Location, message: str) -> None:
        self.result.problems.append(Problem(kind, where, message))

    def finish(self) -> VerifyResult:
        if self._skipping is not None:
            self._resolve_skipping(None)
        if self._start_anchor is not None and self.result.first_record is not None:
            note = self._retention.get(self._start_anchor)
            if note is not None:
                self.result.retention_note = note
            else:
                self.result.problems.insert(
                    0,
                    Problem(
                        START_MISSING,
                        self.result.first_record,
                        "het eerste record verwijst naar een record dat er niet meer is, en er is "
                        "geen registratie dat de bewaartermijn het heeft verwijderd",
                    ),
                )
        return self.result


def verify_log(file_set: LogFileSet) -> VerifyResult:
    checker = _ChainChecker()
    for log_file in file_set.files():
        checker.check_file(log_file.path)
    return checker.finish()


def _incident_of(line: bytes) -> str | None:
    start = line.find(_INCIDENT_KEY)
    if start < 0:
        return None
    start += len(_INCIDENT_KEY)
    end = line.find(b'"', start)
    return line[start:end].decode("ascii", "replace") if 0 < end - start <= 32 else None

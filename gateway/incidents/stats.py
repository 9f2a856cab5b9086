"""Counts over incident records, for `gateway incidents stats` and the monthly report.

Counts add up: the stats of a log are the sum of the stats of its days, which is what lets
``stats_cache`` keep per-day counts of rotated files and only count the active file again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from gateway.incidents.reader import Record

DECISIONS = ("block", "redact", "allow")
UNKNOWN = "(onbekend)"


@dataclass(slots=True)
class IncidentStats:
    total: int = 0
    per_decision: Counter[str] = field(default_factory=Counter)
    per_day: dict[str, Counter[str]] = field(default_factory=dict)  # day -> decision -> count
    per_service: Counter[str] = field(default_factory=Counter)
    blocks_per_service: Counter[str] = field(default_factory=Counter)
    blocks_per_country: Counter[str] = field(default_factory=Counter)
    per_country: Counter[str] = field(default_factory=Counter)
    # incidents in which a type occurs, and how often it was found in total
    incidents_per_type: Counter[str] = field(default_factory=Counter)
    findings_per_type: Counter[str] = field(default_factory=Counter)
    per_reason: Counter[str] = field(default_factory=Counter)
    per_policy_rule: Counter[str] = field(default_factory=Counter)
    per_mode: Counter[str] = field(default_factory=Counter)
    per_user: Counter[str] = field(default_factory=Counter)
    per_client: Counter[str] = field(default_factory=Counter)
    repeated_fingerprints: int = 0  # fingerprints seen in more than one incident
    # incidents per fingerprint, kept until finish() so that partial stats can be added up
    fingerprints: Counter[str] = field(default_factory=Counter, repr=False)

    def add(self, record: Record) -> None:
        # Runs once per record when counting a whole log: plain loops instead of Counter.update
        # (whose Mapping check costs more than the counting) and one lookup per field.
        get = record.get
        decision = str(get("decision"))
        service = str(get("service_id") or get("host") or UNKNOWN)
        country = str(get("country") or UNKNOWN)
        day = str(get("time", ""))[:10]
        self.total += 1
        self.per_decision[decision] += 1
        per_day = self.per_day.get(day)
        if per_day is None:
            per_day = self.per_day[day] = Counter()
        per_day[decision] += 1
        self.per_service[service] += 1
        self.per_country[country] += 1
        if decision == "block":
            self.blocks_per_service[service] += 1
            self.blocks_per_country[country] += 1
        for entity_type, count in (get("entities") or {}).items():
            self.incidents_per_type[entity_type] += 1
            self.findings_per_type[entity_type] += int(count)
        for reason in get("reason_codes") or ():
            self.per_reason[reason] += 1
        self.per_policy_rule[str(get("policy_rule") or UNKNOWN)] += 1
        self.per_mode[str(get("mode") or UNKNOWN)] += 1
        if user := get("user"):
            self.per_user[str(user)] += 1
        if client := get("client"):
            self.per_client[str(client)] += 1
        for fingerprint in get("finding_hashes") or ():
            self.fingerprints[fingerprint] += 1

    def merge(self, other: IncidentStats) -> None:
        """Add the counts of ``other`` (not yet finished) to these."""
        self.total += other.total
        for day, counts in other.per_day.items():
            self.per_day.setdefault(day, Counter()).update(counts)
        for name in _COUNTERS:
            getattr(self, name).update(getattr(other, name))

    def finish(self) -> IncidentStats:
        self.repeated_fingerprints = sum(1 for count in self.fingerprints.values() if count > 1)
        self.fingerprints.clear()
        return self

    @property
    def days(self) -> list[str]:
        return sorted(self.per_day)

    def to_json(self) -> dict[str, Any]:
        """Unfinished stats as plain JSON data (for the cache); ``from_json`` reads it back."""
        data: dict[str, Any] = {name: dict(getattr(self, name)) for name in _COUNTERS}
        data["total"] = self.total
        data["per_day"] = {day: dict(counts) for day, counts in self.per_day.items()}
        return data

    @classmethod
    def from_json(cls, data: object) -> IncidentStats:
        """Raises ValueError if ``data`` is not what ``to_json`` writes."""
        if not isinstance(data, dict) or not isinstance(data.get("total"), int):
            raise ValueError("geen telling")
        stats = cls(total=data["total"])
        for name in _COUNTERS:
            getattr(stats, name).update(_counts(data.get(name)))
        per_day = data.get("per_day")
        if not isinstance(per_day, dict):
            raise ValueError("geen telling per dag")
        stats.per_day = {str(day): Counter(_counts(counts)) for day, counts in per_day.items()}
        return stats


_COUNTERS = tuple(
    f.name
    for f in fields(IncidentStats)
    if f.name not in ("total", "per_day", "repeated_fingerprints")
)


def _counts(data: object) -> dict[str, int]:
    if not isinstance(data, dict) or not all(
        isinstance(key, str) and type(value) is int for key, value in data.items()
    ):
        raise ValueError("geen telling")
    return data


def collect(records: Iterable[Record]) -> IncidentStats:
    stats = IncidentStats()
    for record in records:
        stats.add(record)
    return stats.finish()

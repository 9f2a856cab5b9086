"""Value types shared by the screening engine and its callers (proxy, incident log, CLI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Decision(StrEnum):
    """What happens to a prompt. Ordered from mild to strict (see ``severity``)."""

    ALLOW = "allow"
    REDACT = "redact"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Decision.ALLOW: 0, Decision.REDACT: 1, Decision.BLOCK: 2}


class Action(StrEnum):
    """Policy action for one entity type. ``log`` lets the prompt pass but records the finding."""

    ALLOW = "allow"
    LOG = "log"
    REDACT = "redact"
    BLOCK = "block"


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity. Offsets refer to the original (un-normalised) input text.

    Deliberately carries no text: a Finding may be logged, its value may not.
    """

    type: str
    start: int
    end: int
    score: float
    recognizer: str

    def as_dict(self) -> dict[str, object]:
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
            "recognizer": self.recognizer,
        }


@dataclass(slots=True)
class ScanResult:
    """Outcome of screening one prompt.

    ``mapping`` (placeholder -> original value) exists in memory only, for restoring names in
    answers; it is excluded from ``repr`` so it cannot end up in a log line or traceback.
    """

    decision: Decision
    findings: list[Finding]
    redacted: str | None
    reasons: list[str]
    policy_rule: str = "default"
    mapping: dict[str, str] = field(default_factory=dict, repr=False)
    screening_ms: float = 0.0

    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.type] = counts.get(finding.type, 0) + 1
        return counts

    def recognizers(self) -> list[str]:
        return sorted({finding.recognizer for finding in self.findings})

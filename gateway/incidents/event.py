"""What the proxy hands to the incident recorder, and the error it gets when recording fails."""

from __future__ import annotations

from dataclasses import dataclass, field


class IncidentLogError(Exception):
    """The incident record could not be written (disk full, permissions, ...).

    The message names the log file and the operating-system reason only, never record content, so
    it is safe to show to an admin or write to a traceback.
    """


@dataclass(slots=True)
class IncidentEvent:
    """One screening decision, as the proxy knows it.

    ``finding_values`` holds ``(entity type, found value)`` pairs in memory only: the recorder uses
    them to compute keyed hashes and never writes them. ``repr=False`` keeps them out of tracebacks.
    """

    decision: str
    reason_codes: list[str]
    policy_rule: str
    service_id: str | None
    host: str
    vendor: str | None
    country: str | None
    mode: str
    client: str
    user: str | None
    entity_counts: dict[str, int]
    recognizers: list[str]
    body_size: int
    screening_ms: float
    finding_values: list[tuple[str, str]] = field(default_factory=list, repr=False)

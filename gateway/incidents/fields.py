"""The record schema: which fields each kind of record may carry, in the order they are written.

This allowlist is the privacy boundary of the incident log. A field that is not listed here is
dropped before rendering, whatever a caller passes in. ``time`` comes first so readers can filter on
the date prefix of a line without parsing it; ``prev_hash`` comes last so the hash chain can be
checked from the end of a line (see ``chain.py``).
"""

from __future__ import annotations

from typing import Final

KIND_INCIDENT: Final = "incident"
KIND_ROTATION: Final = "rotation"
KIND_RETENTION: Final = "retention"

INCIDENT_FIELDS: Final = (
    "time",
    "kind",
    "incident",
    "decision",
    "reason_codes",
    "policy_rule",
    "service_id",
    "host",
    "vendor",
    "country",
    "mode",
    "client",
    "user",
    "entities",
    "recognizers",
    "body_size",
    "screening_ms",
    "finding_hashes",
    "prev_hash",
)

# First record of every file after a rotation: names the file before it, so a missing file is
# reported by name.
ROTATION_FIELDS: Final = (
    "time",
    "kind",
    "previous_file",
    "previous_records",
    "previous_last_incident",
    "prev_hash",
)

# Written when retention deletes a file: the anchor that lets `verify` tell a deletion by the
# retention period apart from tampering with the start of the log.
RETENTION_FIELDS: Final = (
    "time",
    "kind",
    "deleted_file",
    "deleted_records",
    "deleted_last_incident",
    "deleted_last_hash",
    "retention_days",
    "prev_hash",
)

FIELDS_BY_KIND: Final[dict[str, tuple[str, ...]]] = {
    KIND_INCIDENT: INCIDENT_FIELDS,
    KIND_ROTATION: ROTATION_FIELDS,
    KIND_RETENTION: RETENTION_FIELDS,
}

# Entity types and reason codes that make an incident severe enough for an alert (meldplicht).
SEVERE_ENTITY_TYPES: Final = frozenset(
    {"NL_BSN", "HEALTH_DATA", "CRIMINAL_DATA", "SPECIAL_CATEGORY", "SECRET"}
)
SEVERE_REASON_CODES: Final = frozenset({"high_risk_country"})

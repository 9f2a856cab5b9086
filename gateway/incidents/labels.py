"""Dutch names for record fields and values, shared by the CLI, the CSV export and the report."""

from __future__ import annotations

from typing import Final

DECISION_NL: Final = {"block": "geblokkeerd", "redact": "weggelakt", "allow": "toegestaan"}
MODE_NL: Final = {"enforce": "handhaven", "monitor": "monitor (alleen registreren)"}

# Command-line spellings of a decision -> the stored value
DECISION_ARGUMENTS: Final = {
    "block": "block",
    "blokkeren": "block",
    "geblokkeerd": "block",
    "redact": "redact",
    "weglakken": "redact",
    "weggelakt": "redact",
    "allow": "allow",
    "toestaan": "allow",
    "toegestaan": "allow",
}

# Record field -> Dutch label, in the order of `show` and the CSV columns
FIELD_LABELS: Final = {
    "incident": "Incidentnummer",
    "time": "Tijd (UTC)",
    "decision": "Besluit",
    "reason_codes": "Redenen",
    "policy_rule": "Beleidsregel",
    "service_id": "Dienst",
    "host": "Host",
    "vendor": "Leverancier",
    "country": "Land",
    "mode": "Modus",
    "client": "Client (IP-adres)",
    "user": "Gebruiker",
    "entities": "Gevonden typen (aantal)",
    "recognizers": "Herkenners",
    "body_size": "Omvang verzoek (bytes)",
    "screening_ms": "Screeningstijd (ms)",
    "finding_hashes": "Vingerafdrukken",
    "prev_hash": "Hash vorig record",
    "hash": "Hash",
}


def decision_nl(value: object) -> str:
    return DECISION_NL.get(str(value), str(value))


def display(field_name: str, value: object) -> str:
    """A field value as the CISO reads it (lists comma-separated, types as TYPE x N)."""
    if value is None or value == "" or value == [] or value == {}:
        return "-"
    if field_name == "decision":
        return decision_nl(value)
    if field_name == "mode":
        return MODE_NL.get(str(value), str(value))
    if isinstance(value, dict):
        return ", ".join(f"{key} x{count}" for key, count in sorted(value.items()))
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)

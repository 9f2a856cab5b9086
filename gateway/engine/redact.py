"""Replace findings with Dutch placeholders that stay consistent within one prompt.

The same value gets the same placeholder (``[PERSOON_1]`` twice for the same name), so the AI's
answer still makes sense; the placeholder -> value mapping is returned to the caller in memory
only (to restore names in answers), never logged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gateway.engine.types import Finding

PLACEHOLDER_LABELS = {
    "PERSON": "PERSOON",
    "ADDRESS": "ADRES",
    "NL_POSTCODE": "POSTCODE",
    "PHONE_NUMBER": "TELEFOON",
    "EMAIL_ADDRESS": "E-MAIL",
    "IBAN_CODE": "IBAN",
    "DATE_OF_BIRTH": "GEBOORTEDATUM",
    "NL_LICENSE_PLATE": "KENTEKEN",
    "NL_BSN": "BSN",
    "HEALTH_DATA": "GEZONDHEID",
    "CRIMINAL_DATA": "STRAFRECHTELIJK",
    "SPECIAL_CATEGORY": "BIJZONDER_GEGEVEN",
    "CONFIDENTIAL_MARKER": "MARKERING",
    "SECRET": "GEHEIM",
    "NL_ID_DOCUMENT": "DOCUMENTNUMMER",
}
_SPACE = re.compile(r"\s+")


def _value_key(value: str) -> str:
    """Two spellings of one value that should share a placeholder (case, spacing)."""
    return _SPACE.sub(" ", value).strip().casefold()


def redact(text: str, findings: Sequence[Finding]) -> tuple[str, dict[str, str]]:
    """Return the redacted text and the placeholder -> original value mapping.

    ``findings`` must not overlap (the engine resolves overlaps first).
    """
    numbering: dict[tuple[str, str], str] = {}
    counters: dict[str, int] = {}
    mapping: dict[str, str] = {}
    pieces: list[str] = []
    cursor = 0
    for finding in sorted(findings, key=lambda item: item.start):
        value = text[finding.start : finding.end]
        key = (finding.type, _value_key(value))
        placeholder = numbering.get(key)
        if placeholder is None:
            label = PLACEHOLDER_LABELS.get(finding.type, finding.type)
            counters[label] = counters.get(label, 0) + 1
            placeholder = f"[{label}_{counters[label]}]"
            numbering[key] = placeholder
            mapping[placeholder] = value
        pieces.append(text[cursor : finding.start])
        pieces.append(placeholder)
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces), mapping

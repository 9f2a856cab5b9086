"""structlog processors that turn an incident into a sealed JSON line.

Each processor does one thing; ``build_processors`` puts them in order. Values found in a prompt
enter the chain only as ``finding_values`` and leave it only as keyed fingerprints.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import UTC, datetime
from typing import Any

import structlog
from structlog.typing import Processor, WrappedLogger

from gateway.incidents import chain
from gateway.incidents.fields import FIELDS_BY_KIND, KIND_INCIDENT
from gateway.incidents.fingerprints import fingerprints, normalise

EventDict = MutableMapping[str, Any]

FINDING_VALUES = "finding_values"
REMOVED = "[verwijderd]"
_MIN_GUARDED_LENGTH = 4  # shorter values (e.g. "12") would match innocent fields by chance
# Fields derived from the screening, where a value can only appear through a caller's mistake.
# Request metadata (host, user, client, ...) is not guarded: a PERSON finding "Claude" must not
# blank out the host claude.ai.
_GUARDED_FIELDS = ("decision", "reason_codes", "policy_rule", "mode", "entities", "recognizers")


def iso_utc(moment: datetime) -> str:
    """UTC ISO 8601 with microseconds and ``Z``: fixed width, so it sorts as text."""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    return naive.isoformat(timespec="microseconds") + "Z"  # isoformat: much faster than strftime


def format_utc_time(_: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
    """``time`` as UTC ISO 8601 (kept if the caller already formatted it); now if absent."""
    moment = event_dict.get("time")
    if not isinstance(moment, str):
        event_dict["time"] = iso_utc(moment if isinstance(moment, datetime) else datetime.now(UTC))
    return event_dict


class AddIncidentNumber:
    """Gives incident records the next number of their UTC day (proposed, see ChainState)."""

    def __init__(self, state: chain.ChainState) -> None:
        self._state = state

    def __call__(self, _: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
        if event_dict.get("kind") == KIND_INCIDENT:
            day, sequence = self._state.next_number(str(event_dict["time"])[:10])
            self._state.pending_number = (day, sequence)
            event_dict["incident"] = chain.incident_number(day, sequence)
        return event_dict


def scrub_finding_values(_: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
    """Defence in depth: a text field that contains a found value is replaced, not written.

    A caller should never put a value in, say, ``reason_codes``; if it happens anyway the record
    still gets written (the decision must be recorded) but without the value.
    """
    values = event_dict.get(FINDING_VALUES) or []
    needles = {
        form
        for entity_type, value in values
        for form in (value.casefold(), normalise(entity_type, value).casefold())
        if len(form) >= _MIN_GUARDED_LENGTH
    }
    if not needles:
        return event_dict
    # One pass over all guarded text first; per-field work only in the rare case of a hit.
    haystack = "\x00".join(_strings(event_dict.get(key)) for key in _GUARDED_FIELDS).casefold()
    if not any(needle in haystack for needle in needles):
        return event_dict
    for key in _GUARDED_FIELDS:
        if _contains_any(event_dict.get(key), needles):
            event_dict[key] = REMOVED
    return event_dict


def _strings(field_value: object) -> str:
    if isinstance(field_value, str):
        return field_value
    if isinstance(field_value, list | tuple | dict):
        return "\x00".join(_strings(item) for item in field_value)
    return ""


def _contains_any(field_value: object, needles: set[str]) -> bool:
    if isinstance(field_value, str):
        text = field_value.casefold()
        return any(needle in text for needle in needles)
    if isinstance(field_value, list | tuple):
        return any(_contains_any(item, needles) for item in field_value)
    if isinstance(field_value, dict):
        return any(_contains_any(key, needles) for key in field_value)
    return False


class AddFindingHashes:
    """Replaces ``finding_values`` by keyed fingerprints (only when a key is configured)."""

    def __init__(self, key: str) -> None:
        self._key = key.encode("utf-8")

    def __call__(self, _: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
        values = event_dict.pop(FINDING_VALUES, None) or []
        if self._key and values:
            event_dict["finding_hashes"] = fingerprints(self._key, values)
        return event_dict


def keep_allowed_fields(_: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
    """The privacy boundary: rebuild the record from the allowlist of its kind, in schema order."""
    allowed = FIELDS_BY_KIND.get(str(event_dict.get("kind")))
    if allowed is None:
        raise structlog.DropEvent
    return {key: event_dict[key] for key in allowed if key in event_dict}


class AddPrevHash:
    """Links the record to the one before it."""

    def __init__(self, state: chain.ChainState) -> None:
        self._state = state

    def __call__(self, _: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
        event_dict.pop("prev_hash", None)  # always last, always ours
        event_dict["prev_hash"] = self._state.prev_hash
        return event_dict


def _refuse_unknown_types(value: object) -> object:
    # structlog's default would write repr(value): an unknown object could carry anything
    raise TypeError(f"veldtype {type(value).__name__} kan niet in het incidentlog")


class SealedJSONRenderer:
    """Compact JSON plus the record's own hash (see chain.py); proposes that hash as chain head."""

    def __init__(self, state: chain.ChainState) -> None:
        self._state = state
        self._render = structlog.processors.JSONRenderer(
            separators=(",", ":"), default=_refuse_unknown_types
        )

    def __call__(self, logger: WrappedLogger, name: str, event_dict: EventDict) -> str:
        body = self._render(logger, name, event_dict)
        assert isinstance(body, str)  # json.dumps renders str
        line, digest = chain.seal(body)
        self._state.pending_hash = digest
        return line


def build_processors(state: chain.ChainState, hmac_key: str) -> list[Processor]:
    return [
        structlog.processors.EventRenamer("kind"),
        format_utc_time,
        AddIncidentNumber(state),
        scrub_finding_values,
        AddFindingHashes(hmac_key),
        keep_allowed_fields,
        AddPrevHash(state),
        SealedJSONRenderer(state),
    ]

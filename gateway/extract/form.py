"""``application/x-www-form-urlencoded`` bodies, including JSON nested inside a field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from gateway.extract.json_body import dump_json, json_segments, parse_json, replace_in_json
from gateway.extract.segments import Extraction, Path, Segment, UnparseableBodyError


def nested_json(value: str) -> Any | None:
    """The JSON inside a form field or URL parameter, if the value is a JSON object or array."""
    if not value.lstrip().startswith(("{", "[")):
        return None
    try:
        return parse_json(value)
    except UnparseableBodyError:
        return None


class FormExtraction(Extraction):
    def __init__(self, raw: bytes) -> None:
        try:
            text = raw.decode("utf-8")
            self._fields = parse_qsl(text, keep_blank_values=True, errors="strict")
        except (UnicodeDecodeError, ValueError) as error:
            raise UnparseableBodyError("ongeldig formulier (x-www-form-urlencoded)") from error
        self._json: dict[int, Any] = {}
        self.segments = []
        for index, (_name, value) in enumerate(self._fields):
            nested = nested_json(value)
            if nested is not None:
                self._json[index] = nested
                self.segments.extend(json_segments(nested, ("form", index, "json")))
            elif value.strip():
                self.segments.append(Segment(("form", index), value))

    def rebuild(self, replacements: Mapping[Path, str]) -> bytes:
        fields = list(self._fields)
        for index, nested in self._json.items():
            prefix: Path = ("form", index, "json")
            if any(path[:3] == prefix for path in replacements):
                rebuilt = replace_in_json(nested, replacements, prefix)
                fields[index] = (fields[index][0], dump_json(rebuilt))
        for path, text in replacements.items():
            if len(path) == 2 and path[0] == "form" and isinstance(path[1], int):
                fields[path[1]] = (fields[path[1]][0], text)
        return urlencode(fields).encode("ascii")

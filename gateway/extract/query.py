"""URL query parameters (``GET /search?q=...``, ``?prompt=...``): prompts travel in the URL too,
also in requests without a body. Every parameter value is a segment (JSON nested inside a value,
as in a GraphQL GET, is walked like a JSON body); names are not screened.

``rebuild_query`` re-encodes only the parameters whose text changed, so every other byte of the
URL stays exactly as the client sent it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote_plus, unquote_plus

from gateway.extract.form import nested_json
from gateway.extract.json_body import dump_json, json_segments, replace_in_json
from gateway.extract.segments import Path, Segment, UnparseableBodyError

QUERY = "query"


class QueryParameters:
    """The parameters of one query string (without the ``?``), as segments under ``query``."""

    def __init__(self, query: str) -> None:
        self._pieces = query.split("&") if query else []
        self._values: dict[int, str] = {}
        self._json: dict[int, Any] = {}
        self.segments: list[Segment] = []
        for index, piece in enumerate(self._pieces):
            _name, has_value, raw_value = piece.partition("=")
            if not has_value:
                continue  # a bare flag such as ?debug has no text
            try:
                value = unquote_plus(raw_value, errors="strict")
            except UnicodeDecodeError as error:
                raise UnparseableBodyError("ongeldige URL-parameter (geen UTF-8)") from error
            self._values[index] = value
            nested = nested_json(value)
            if nested is not None:
                self._json[index] = nested
                self.segments.extend(json_segments(nested, (QUERY, index, "json")))
            elif value.strip():
                self.segments.append(Segment((QUERY, index), value))

    def rebuild_query(self, replacements: Mapping[Path, str]) -> str:
        """The query string with each replaced value swapped in, percent-encoded."""
        pieces = list(self._pieces)
        new_values: dict[int, str] = {}
        for index, nested in self._json.items():
            prefix: Path = (QUERY, index, "json")
            if any(path[:3] == prefix for path in replacements):
                new_values[index] = dump_json(replace_in_json(nested, replacements, prefix))
        for path, text in replacements.items():
            if len(path) == 2 and path[0] == QUERY and isinstance(path[1], int):
                new_values[path[1]] = text
        for index, value in new_values.items():
            name = pieces[index].partition("=")[0]
            pieces[index] = f"{name}={quote_plus(value)}"
        return "&".join(pieces)


def split_target(target: str) -> tuple[str, str]:
    """A request target (path with query) as (path, query); the query without its ``?``."""
    path, _, query = target.partition("?")
    return path, query

"""A whole request's prompt text: its URL query parameters and its body as one extraction, so the
engine takes one decision per request and numbers placeholders across both."""

from __future__ import annotations

from collections.abc import Mapping

from gateway.extract.body import extract_body
from gateway.extract.query import QUERY, QueryParameters, split_target
from gateway.extract.segments import Extraction, Path, Segment

BODY = "body"


class RequestExtraction(Extraction):
    """Segments under ``("query", ...)`` for URL parameters and ``("body", ...)`` for the body."""

    def __init__(self, target: str, body: Extraction) -> None:
        self._path, query = split_target(target)
        self._query = QueryParameters(query)
        self._body = body
        self.segments = [
            *self._query.segments,
            *(Segment((BODY, *s.path), s.text, s.rewritable) for s in body.segments),
        ]

    def rebuild(self, replacements: Mapping[Path, str]) -> bytes:
        """The body with its replacements (the query is rebuilt by ``rebuild_target``)."""
        return self._body.rebuild(_under(BODY, replacements))

    def body_changes(self, replacements: Mapping[Path, str]) -> bool:
        return bool(_under(BODY, replacements))

    def rebuild_target(self, replacements: Mapping[Path, str]) -> str | None:
        """The request target (path and query) with redacted parameters; None: unchanged."""
        if not any(path[0] == QUERY for path in replacements):
            return None
        return f"{self._path}?{self._query.rebuild_query(replacements)}"


def _under(prefix: str, replacements: Mapping[Path, str]) -> dict[Path, str]:
    return {path[1:]: text for path, text in replacements.items() if path[0] == prefix}


def extract_request(target: str, content_type: str, body: bytes) -> RequestExtraction:
    """Segments of a request's URL query and decoded body; UnparseableBodyError when either
    cannot be screened."""
    return RequestExtraction(target, extract_body(content_type, body))

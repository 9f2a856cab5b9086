"""Pick the extractor for a request body (already decoded from gzip/br/zstd/deflate: see
``decode_content``) or a WebSocket text message."""

from __future__ import annotations

from collections.abc import Mapping

from gateway.extract.documents import document_kind, document_text
from gateway.extract.form import FormExtraction
from gateway.extract.json_body import JsonExtraction, dump_json, json_segments, parse_json
from gateway.extract.json_body import replace_in_json as _replace
from gateway.extract.multipart import BINARY_PREFIXES, MultipartExtraction
from gateway.extract.segments import Extraction, Path, Segment, UnparseableBodyError

# SignalR (Copilot) ends each JSON message with a record separator.
RECORD_SEPARATOR = "\x1e"


class EmptyExtraction(Extraction):
    """No text to screen (empty body, image upload)."""

    def __init__(self, raw: bytes = b"") -> None:
        self._raw = raw
        self.segments = []

    def rebuild(self, replacements: Mapping[Path, str]) -> bytes:
        return self._raw


class TextExtraction(Extraction):
    def __init__(self, text: str, rewritable: bool = True) -> None:
        self.segments = [Segment(("text",), text, rewritable)] if text.strip() else []
        self._text = text

    def rebuild(self, replacements: Mapping[Path, str]) -> bytes:
        return replacements.get(("text",), self._text).encode("utf-8")


class RecordsExtraction(Extraction):
    """Text of JSON records (one JSON value, or SignalR records separated by U+001E)."""

    def __init__(self, text: str) -> None:
        self._records = text.split(RECORD_SEPARATOR)
        self._data = {
            index: parse_json(record) for index, record in enumerate(self._records) if record
        }
        self.segments = [
            segment
            for index, data in self._data.items()
            for segment in json_segments(data, ("record", index))
        ]

    def rebuild(self, replacements: Mapping[Path, str]) -> bytes:
        records = list(self._records)
        for index, data in self._data.items():
            prefix: Path = ("record", index)
            if any(path[:2] == prefix for path in replacements):
                records[index] = dump_json(_replace(data, replacements, prefix))
        return RECORD_SEPARATOR.join(records).encode("utf-8")


def _media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def _looks_like_json(raw: bytes) -> bool:
    return raw.lstrip()[:1] in (b"{", b"[")


def extract_body(content_type: str, raw: bytes) -> Extraction:
    """Segments of a decoded request body; UnparseableBodyError when it cannot be screened."""
    if not raw.strip():
        return EmptyExtraction(raw)
    media = _media_type(content_type)
    if "json" in media or (not media.startswith("multipart/") and _looks_like_json(raw)):
        if "json" in media:
            return JsonExtraction(raw)
        try:
            return JsonExtraction(raw)
        except UnparseableBodyError:
            pass  # e.g. text/plain starting with "[": fall through to plain text
    if media == "application/x-www-form-urlencoded":
        return FormExtraction(raw)
    if media.startswith("multipart/"):
        return MultipartExtraction(raw, content_type)
    kind = document_kind(media, None)
    if kind is not None:
        return TextExtraction(document_text(kind, raw), rewritable=False)
    if media.startswith(BINARY_PREFIXES):
        return EmptyExtraction(raw)
    try:
        return TextExtraction(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise UnparseableBodyError("binaire inhoud van onbekend type") from error


def extract_websocket_text(text: str) -> Extraction:
    """Segments of a client->server WebSocket text message (JSON, SignalR records or text)."""
    stripped = text.strip()
    if stripped.startswith(("{", "[")):
        try:
            return RecordsExtraction(text)
        except UnparseableBodyError:
            pass
    return TextExtraction(text)

"""JSON bodies: every string leaf is a segment, recursively, so tool-call arguments, tool
results, system prompts, ``/v1/responses`` input and conversation history are all screened.

Known provider metadata fields (OpenAI chat/responses and Azure OpenAI, Anthropic messages,
Gemini, Mistral, ChatGPT web conversation, Copilot messages) are skipped only when their value
has the shape of an identifier, enum or UUID, so a model name or message id is not scanned
needlessly, while free text put into such a field is still screened.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from gateway.extract.segments import Extraction, Path, Segment, UnparseableBodyError

METADATA_KEYS = frozenset(
    {
        # OpenAI / Azure OpenAI / Mistral chat and responses
        "model", "role", "type", "object", "id", "tool_call_id", "call_id", "finish_reason",
        "encoding_format", "service_tier", "reasoning_effort", "tool_choice", "detail",
        "previous_response_id", "truncation", "status", "format", "voice",
        # Anthropic messages
        "media_type", "stop_reason", "tool_use_id", "cache_control",
        # Gemini
        "mimeType", "mime_type", "responseMimeType", "response_mime_type", "category",
        "threshold", "mode",
        # ChatGPT web conversation / Copilot
        "action", "parent_message_id", "conversation_id", "message_id", "content_type",
        "kind", "timezone", "event", "target", "invocationId", "arguments_type", "locale",
        "websocket_request_id", "conversationId", "messageId", "channel",
    }
)  # fmt: skip
# Starts with a letter (so a bare BSN or phone number never qualifies) and has no spaces.
_IDENTIFIER = re.compile(r"^[A-Za-z][\w.:/+\-]{0,127}$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
_DATA_URL = re.compile(r"^data:([\w.+\-]+/[\w.+\-]+)?(;[\w\-]+=[^;,]*)*;base64,", re.ASCII)
# Sibling key naming the MIME type of a base64 "data" field (Gemini inlineData, Anthropic source).
_MIME_SIBLINGS = ("mimeType", "mime_type", "media_type")


def _is_metadata(key: str | int, value: str) -> bool:
    return (
        isinstance(key, str)
        and key in METADATA_KEYS
        and (_IDENTIFIER.match(value) is not None or _UUID.match(value) is not None)
    )


def _is_text_mime(mime: str) -> bool:
    return mime.startswith("text/") or mime in {"application/json", "application/xml"}


def _base64_text(payload: str) -> str | None:
    try:
        return base64.b64decode(payload, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _leaf_segments(path: Path, key: str | int, value: str, parent: Any) -> Iterator[Segment]:
    if _is_metadata(key, value):
        return
    data_url = _DATA_URL.match(value)
    if data_url is not None:
        # Images/audio are not text; a base64 text file is screened (read-only).
        mime = data_url.group(1) or ""
        text = _base64_text(value[data_url.end() :]) if _is_text_mime(mime) else None
        if text is not None:
            yield Segment(path, text, rewritable=False)
        return
    if key == "data" and isinstance(parent, dict):
        mime = next((parent[k] for k in _MIME_SIBLINGS if isinstance(parent.get(k), str)), None)
        if mime is not None:
            text = _base64_text(value) if _is_text_mime(mime) else None
            if text is not None:
                yield Segment(path, text, rewritable=False)
            return
    if value.strip():
        yield Segment(path, value)


def json_segments(data: Any, prefix: Path = ()) -> Iterator[Segment]:
    """Every screenable string leaf under ``data`` (iteratively: deep nesting cannot recurse)."""
    stack: list[tuple[Path, str | int, Any, Any]] = [(prefix, "", data, None)]
    while stack:
        path, key, value, parent = stack.pop()
        if isinstance(value, str):
            yield from _leaf_segments(path, key, value, parent)
        elif isinstance(value, dict):
            stack.extend(
                ((*path, child), child, item, value) for child, item in reversed(value.items())
            )
        elif isinstance(value, list):
            stack.extend(
                ((*path, index), index, item, value)
                for index, item in reversed(list(enumerate(value)))
            )


def replace_in_json(data: Any, replacements: Mapping[Path, str], prefix: Path = ()) -> Any:
    """Return ``data`` with the strings at the given paths (relative to ``prefix``) replaced."""
    for path, text in replacements.items():
        if path[: len(prefix)] != prefix:
            continue
        relative = path[len(prefix) :]
        if not relative:
            data = text
            continue
        node = data
        for step in relative[:-1]:
            node = node[step]
        node[relative[-1]] = text
    return data


def parse_json(raw: bytes | str) -> Any:
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise UnparseableBodyError("ongeldige JSON") from error


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class JsonExtraction(Extraction):
    def __init__(self, raw: bytes) -> None:
        self._data = parse_json(raw)
        self.segments = list(json_segments(self._data))

    def rebuild(self, replacements: Mapping[Path, str]) -> bytes:
        return dump_json(replace_in_json(self._data, replacements)).encode("utf-8")

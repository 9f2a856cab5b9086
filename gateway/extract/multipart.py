"""``multipart/form-data`` bodies: text fields and text files are rewritable segments, docx/pdf
uploads are screened read-only, other binary files (images) carry no text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from gateway.extract.documents import document_kind, document_text
from gateway.extract.segments import Extraction, Path, Segment, UnparseableBodyError

_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)
_PARAM = re.compile(r'\b(name|filename)="([^"]*)"', re.IGNORECASE)
BINARY_PREFIXES = ("image/", "audio/", "video/", "font/")


@dataclass(slots=True)
class _Part:
    head: bytes
    content: bytes
    content_type: str
    filename: str | None


def boundary_of(content_type: str) -> bytes:
    match = _BOUNDARY.search(content_type)
    if match is None:
        raise UnparseableBodyError("multipart zonder boundary")
    return match.group(1).encode("latin-1")


def _parse_part(raw: bytes) -> _Part:
    if not raw.startswith(b"\r\n") or not raw.endswith(b"\r\n"):
        raise UnparseableBodyError("ongeldig multipart-deel")
    head, separator, content = raw[2:-2].partition(b"\r\n\r\n")
    if not separator:
        raise UnparseableBodyError("multipart-deel zonder headers")
    headers = head.decode("latin-1")
    content_type = ""
    filename = None
    for line in headers.split("\r\n"):
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-type":
            content_type = value.split(";")[0].strip().lower()
        elif name.strip().lower() == "content-disposition":
            params = {key.lower(): val for key, val in _PARAM.findall(value)}
            filename = params.get("filename")
    return _Part(head, content, content_type, filename)


class MultipartExtraction(Extraction):
    def __init__(self, raw: bytes, content_type: str) -> None:
        self._delimiter = b"--" + boundary_of(content_type)
        pieces = raw.split(self._delimiter)
        if len(pieces) < 3 or not pieces[-1].startswith(b"--"):
            raise UnparseableBodyError("multipart zonder afsluitende boundary")
        self._preamble, self._closing = pieces[0], pieces[-1]
        self._parts = [_parse_part(piece) for piece in pieces[1:-1]]
        self.segments = []
        for index, part in enumerate(self._parts):
            self.segments.extend(self._part_segments(index, part))

    @staticmethod
    def _part_segments(index: int, part: _Part) -> list[Segment]:
        path: Path = ("part", index)
        kind = document_kind(part.content_type, part.filename)
        if kind is not None:
            return [Segment(path, document_text(kind, part.content), rewritable=False)]
        if part.content_type.startswith(BINARY_PREFIXES):
            return []
        try:
            text = part.content.decode("utf-8")
        except UnicodeDecodeError as error:
            # An unknown binary upload cannot be screened: fail closed rather than let it pass.
            raise UnparseableBodyError("binair multipart-deel van onbekend type") from error
        return [Segment(path, text)] if text.strip() else []

    def rebuild(self, replacements: Mapping[Path, str]) -> bytes:
        out = [self._preamble]
        for index, part in enumerate(self._parts):
            content = part.content
            text = replacements.get(("part", index))
            if text is not None:
                content = text.encode("utf-8")
            out.append(b"\r\n" + part.head + b"\r\n\r\n" + content + b"\r\n")
        return self._delimiter.join([*out, self._closing])

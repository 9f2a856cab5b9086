"""Segments: where in a body a piece of prompt text sits, and joining them for one scan."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass

type Path = tuple[str | int, ...]

# Joins the segments of one request into one text, so the engine takes one decision per request
# and numbers placeholders consistently. Paragraph breaks keep entities from running across two
# segments; the U+2029 marker lets the redacted text be split back (see ``split_joined``).
SEPARATOR = "\n\n\u2029\n\n"


class UnparseableBodyError(ValueError):
    """The body cannot be read as its declared format. The message never contains body text."""


@dataclass(frozen=True, slots=True)
class Segment:
    path: Path
    text: str
    # False for text extracted from a document (pdf/docx) or a base64 payload: it can be
    # screened but not rewritten, so a redact decision on it must become a block.
    rewritable: bool = True


class Extraction(ABC):
    """A parsed body: its text segments and how to write replacement texts back."""

    segments: list[Segment]

    @abstractmethod
    def rebuild(self, replacements: Mapping[Path, str]) -> bytes:
        """The body with the text at each replaced path swapped; other bytes semantically kept."""


def join_segments(segments: list[Segment]) -> str:
    return SEPARATOR.join(segment.text for segment in segments)


def split_joined(redacted: str, count: int) -> list[str] | None:
    """Split a redacted joined text back into ``count`` pieces, or None when a redaction ate a
    separator (an entity spanning two segments); the caller then screens segments one by one."""
    pieces = redacted.split(SEPARATOR)
    return pieces if len(pieces) == count else None

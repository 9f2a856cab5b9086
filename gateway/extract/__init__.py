"""Pure, network-free extraction of prompt text from requests (URL query and body) and
WebSocket messages.

Extraction yields segments (a path into the body + its text); after screening, ``rebuild`` puts
the (redacted) texts back at the same paths and re-serialises the body in its own format.
"""

from gateway.extract.body import extract_body, extract_websocket_text
from gateway.extract.request import RequestExtraction, extract_request
from gateway.extract.segments import (
    Extraction,
    Path,
    Segment,
    UnparseableBodyError,
    join_segments,
    split_joined,
)

__all__ = [
    "Extraction",
    "Path",
    "RequestExtraction",
    "Segment",
    "UnparseableBodyError",
    "extract_body",
    "extract_request",
    "extract_websocket_text",
    "join_segments",
    "split_joined",
]

"""Copy records to a syslog collector as RFC 5424 messages (UDP per RFC 5426, or a Unix socket).

The MSG part is the JSON record itself, so a SIEM can parse it as JSON; the structured data
repeats the fields a collector typically routes on (kind, incident, decision, hash).
"""

from __future__ import annotations

import json
import os
import socket
from typing import Final
from urllib.parse import urlsplit

# RFC 5424 section 6.3.2: an SD-ID with "@" carries an enterprise number; 32473 is the number
# reserved for documentation and examples (RFC 5612).
SD_ID: Final = "aipoort@32473"
APP_NAME: Final = "ai-poort"
FACILITY_LOCAL0: Final = 16
NILVALUE: Final = "-"

# Syslog severities (RFC 5424 table 2)
_SEVERITY_BY_DECISION: Final = {"block": 4, "redact": 5, "allow": 6}  # warning, notice, info
_SEVERITY_OTHER: Final = 6
_SD_PARAMS: Final = ("kind", "incident", "decision", "mode", "service_id", "hash")


def _header_token(value: str, limit: int) -> str:
    # PRINTUSASCII without spaces, per the header field grammar
    cleaned = "".join(ch for ch in value if 33 <= ord(ch) <= 126)[:limit]
    return cleaned or NILVALUE


def _sd_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def format_rfc5424(line: str, hostname: str, procid: str, facility: int = FACILITY_LOCAL0) -> bytes:
    """One RFC 5424 message for a rendered record line."""
    record = json.loads(line)
    severity = _SEVERITY_BY_DECISION.get(str(record.get("decision")), _SEVERITY_OTHER)
    params = " ".join(
        f'{name}="{_sd_escape(str(record[name]))}"'
        for name in _SD_PARAMS
        if record.get(name) is not None
    )
    header = " ".join(
        (
            f"<{facility * 8 + severity}>1",
            _header_token(str(record.get("time", "")), 64),
            _header_token(hostname, 255),
            APP_NAME,
            _header_token(procid, 128),
            _header_token(str(record.get("kind", "")), 32),
        )
    )
    return f"{header} [{SD_ID} {params}] {line}".encode()


class SyslogSender:
    """Sends datagrams to ``udp://host[:port]`` or ``unix:///path`` (e.g. ``/dev/log``)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self._hostname = socket.gethostname()
        self._procid = str(os.getpid())
        self._socket: socket.socket
        self._address: tuple[str, int] | str
        if parts.scheme == "udp":
            if not parts.hostname:
                raise ValueError(f"syslog-adres zonder host: {url}")
            self._address = (parts.hostname, parts.port or 514)
            family = socket.AF_INET6 if ":" in parts.hostname else socket.AF_INET
            self._socket = socket.socket(family, socket.SOCK_DGRAM)
        elif parts.scheme == "unix":
            self._address = parts.path
            self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        else:
            raise ValueError(f"syslog-adres moet udp://host:poort of unix:///pad zijn: {url}")

    def send(self, line: str) -> None:
        """Best effort: raises OSError when the datagram cannot be sent."""
        self._socket.sendto(format_rfc5424(line, self._hostname, self._procid), self._address)

    def close(self) -> None:
        self._socket.close()

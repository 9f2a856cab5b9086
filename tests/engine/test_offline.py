"""The engine makes no outbound connection of its own: not when loading (no model or suffix-list
download) and not when screening (e.g. no tldextract look-up for e-mail addresses)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_loading_and_screening_open_no_network_connection() -> None:
    # A fresh interpreter, so that nothing was imported or cached before the guard is in place.
    script = textwrap.dedent(
        """
        import socket
        from pathlib import Path

        attempts = []

        def refuse(*args, **kwargs):
            attempts.append(args[:1])
            raise OSError("network access is not allowed in this test")

        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse

        from gateway.engine import load_engine

        engine = load_engine(Path("config"))
        result = engine.scan(
            "Mail jan.jansen@gmail.com of kijk op https://www.example.org, BSN 111222333."
        )
        assert result.decision.value == "block", result.reasons
        assert {f.type for f in result.findings} >= {"EMAIL_ADDRESS", "NL_BSN"}
        print("attempts", len(attempts))
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert "attempts 0" in completed.stdout

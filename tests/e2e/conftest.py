"""Reusable end-to-end fixtures: a local HTTPS stand-in AI service (``upstream``) and a real
``gateway run`` subprocess in front of it (``gateway``), both started once per test module.

Usage in a test module::

    def test_something(gateway: Gateway, upstream: StandIn) -> None:
        client = httpx.Client(proxy=gateway.proxy_url, verify=str(gateway.ca_path))
        client.post("https://api.openai.com/v1/chat/completions", json={...})
        upstream.received("api.openai.com")  # what reached the stand-in

The gateway resolves every stand-in host name (``standin.HTTP_HOSTS`` / ``WEBSOCKET_HOSTS``)
to the stand-in via GATEWAY_RESOLVE and trusts the stand-in's CA via GATEWAY_UPSTREAM_CA.
A module can override ``gateway_extra_env`` (module scope) to add or change GATEWAY_* settings.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from standin import StandIn, start_standin

REPO = Path(__file__).resolve().parents[2]
GATEWAY_BIN = Path(sys.executable).parent / "gateway"
STARTUP_TIMEOUT_S = 120


@dataclass
class Gateway:
    port: int
    ca_path: Path  # the gateway's CA certificate, to trust in clients
    ca_dir: Path
    config_dir: Path  # a private copy of config/, safe to edit
    incident_log: Path
    log_path: Path  # the gateway's stdout + stderr
    process: subprocess.Popen[bytes]

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def incidents(self) -> list[dict[str, Any]]:
        if not self.incident_log.exists():
            return []
        lines = self.incident_log.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gateway stopte tijdens het starten:\n{log_path.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gateway luistert niet na {STARTUP_TIMEOUT_S}s:\n{log_path.read_text()}")


def start_gateway(directory: Path, standin: StandIn, extra_env: dict[str, str]) -> Gateway:
    config_dir = directory / "config"
    shutil.copytree(REPO / "config", config_dir)
    port = free_port()
    ca_dir = directory / "ca"
    env = {
        **os.environ,
        "GATEWAY_LISTEN_HOST": "127.0.0.1",
        "GATEWAY_LISTEN_PORT": str(port),
        "GATEWAY_CONFIG_DIR": str(config_dir),
        "GATEWAY_CA_DIR": str(ca_dir),
        "GATEWAY_INCIDENT_LOG": str(directory / "incidents.jsonl"),
        "GATEWAY_INCIDENT_HMAC_KEY": "e2e-test-sleutel-niet-voor-productie",
        "GATEWAY_RESOLVE": standin.resolve_spec(),
        "GATEWAY_UPSTREAM_CA": str(standin.ca_path),
        "GATEWAY_CONFIG_RELOAD_INTERVAL_S": "0.5",
        "GATEWAY_SCREENING_TIMEOUT_S": "30",
        **extra_env,
    }
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        env.pop(name, None)
    log_path = directory / "gateway.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(GATEWAY_BIN), "run"], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO
        )
    gateway = Gateway(
        port,
        ca_dir / "mitmproxy-ca-cert.pem",
        ca_dir,
        config_dir,
        directory / "incidents.jsonl",
        log_path,
        process,
    )
    try:
        _wait_for_port(port, process, log_path)
    except BaseException:
        stop_process(process)
        raise
    return gateway


def stop_process(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StandIn]:
    standin, servers = start_standin(tmp_path_factory.mktemp("standin"))
    yield standin
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="module")
def gateway_extra_env() -> dict[str, str]:
    """Override in a test module to add GATEWAY_* settings for its gateway."""
    return {}


@pytest.fixture(scope="module")
def gateway(
    upstream: StandIn,
    gateway_extra_env: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Gateway]:
    running = start_gateway(tmp_path_factory.mktemp("gateway"), upstream, gateway_extra_env)
    yield running
    stop_process(running.process)

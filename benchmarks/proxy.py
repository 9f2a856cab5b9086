"""Benchmark: what the gateway adds on top of bare mitmproxy, against the same local upstream
in the same run.

Measures (1) added latency p50/p99 for a 2 KB prompt (one client, sequential), (2) throughput
at 50 concurrent clients, (3) the 50 clients' p99 without and with a loop of 1 MB pastes
alongside them. Targets: added p50 <= 10 ms, throughput >= 50 % of bare, 1 MB pastes raise
the others' p99 by <= 50 ms.

    .venv/bin/python -m benchmarks.proxy [--seconds 10] [--requests 200] [--scheme https]

The realistic path by default: OpenAI-style JSON POSTs to https://api.openai.com through a
CONNECT tunnel, TLS intercepted by the proxy (clients trust its CA), upstream TLS verified
against a local test CA (GATEWAY_UPSTREAM_CA), the host resolved to the local upstream with
GATEWAY_RESOLVE. "Bare" is the same mitmproxy with only that resolve override and the same
TLS settings: no screening, notices or incidents. ``--scheme http`` measures plain-HTTP
forwarding instead. The 2 KB prompt has no personal data (allowed); every proxy, client and
the upstream run on loopback, the load is bounded in time and count.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

HOST = "api.openai.com"
PATH = "/v1/chat/completions"
SENTENCE = "De gemeenteraad bespreekt het nieuwe beleid voor openbare ruimte en groen. "
PROMPT_2KB = (SENTENCE * 30)[:2048]
PASTE_1MB = (SENTENCE * 14_000)[: 1024 * 1024]
ANSWER = json.dumps({"choices": [{"message": {"role": "assistant", "content": "ok"}}]}).encode()
STARTUP_TIMEOUT_S = 180
REQUEST_TIMEOUT_S = 60  # no request may hang the benchmark
CLIENTS = 50
ROUNDS = 2  # bare and gateway measured alternately; the best round of each counts (shared CPU)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# --- upstream: a minimal keep-alive HTTP/1.1 server (TLS or plain) answering at once ----------


def make_upstream_certificate(directory: Path) -> tuple[Path, Path, Path]:
    """A test CA and a certificate for HOST signed by it: (ca.pem, cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from mitmproxy import certs

    store = certs.CertStore.from_store(directory, "upstream", 2048)
    entry = store.get_cert(HOST, [x509.DNSName(HOST)])
    cert_path, key_path = directory / "upstream-cert.pem", directory / "upstream-key.pem"
    cert_path.write_bytes(entry.cert.to_pem())
    key_path.write_bytes(
        entry.privatekey.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return directory / "upstream-ca-cert.pem", cert_path, key_path


async def _serve_client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            await reader.readexactly(_content_length(head))
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(ANSWER)}\r\n\r\n".encode()
                + ANSWER
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
        pass
    finally:
        writer.close()


def serve_upstream(port: int, certificate: Path | None, key: Path | None) -> None:
    context = None
    if certificate is not None and key is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certificate, key)
        context.set_alpn_protocols(["http/1.1"])

    async def main() -> None:
        server = await asyncio.start_server(
            _serve_client, "127.0.0.1", port, backlog=512, ssl=context, limit=2**22
        )
        async with server:
            await server.serve_forever()

    asyncio.run(main())


# --- bare mitmproxy: only the address override, so it reaches the same upstream --------------


def serve_bare(port: int, resolve: str, confdir: Path, upstream_ca: Path) -> None:
    from mitmproxy import options
    from mitmproxy.tools.dump import DumpMaster

    from gateway.commands.run import GIL_SWITCH_INTERVAL_S
    from gateway.proxy.resolve import ResolveOverride

    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)  # as in the gateway, so only the addons differ

    async def main() -> None:
        master = DumpMaster(
            options.Options(listen_host="127.0.0.1", listen_port=port, confdir=str(confdir)),
            with_termlog=True,  # without it, DumpMaster never starts listening
            with_dumper=False,
        )
        master.addons.add(ResolveOverride())  # type: ignore[no-untyped-call]
        master.options.update(  # type: ignore[no-untyped-call]
            mode=["regular"],
            http2=True,
            websocket=True,
            ssl_insecure=False,
            ssl_verify_upstream_trusted_ca=str(upstream_ca),
            connection_strategy="lazy",  # as gateway run
            ai_poort_resolve=resolve,
            termlog_verbosity="error",
        )
        await master.run()

    asyncio.run(main())


# --- load generation ------------------------------------------------------------------------


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


@dataclass(frozen=True)
class Proxy:
    name: str
    port: int
    ca: Path  # the proxy's CA certificate, trusted by the clients


class ProxyClient:
    """A minimal keep-alive HTTP/1.1 client through a forward proxy: CONNECT + TLS (or
    absolute-form URLs for plain HTTP). Cheaper than a client library, so the numbers are
    about the proxies."""

    def __init__(self, proxy: Proxy, scheme: str) -> None:
        self._proxy = proxy
        self._scheme = scheme
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def __aenter__(self) -> ProxyClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._streams is not None:
            self._streams[1].close()

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection("127.0.0.1", self._proxy.port, limit=2**22)
        if self._scheme == "https":
            writer.write(f"CONNECT {HOST}:443 HTTP/1.1\r\nHost: {HOST}:443\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            if b" 200 " not in head.split(b"\r\n", 1)[0]:
                raise RuntimeError(f"CONNECT geweigerd door {self._proxy.name}")
            context = ssl.create_default_context(cafile=str(self._proxy.ca))
            context.set_alpn_protocols(["http/1.1"])
            await writer.start_tls(context, server_hostname=HOST)
        return reader, writer

    async def post(self, body: bytes) -> int:
        if self._streams is None:
            self._streams = await self._connect()
        reader, writer = self._streams
        target = PATH if self._scheme == "https" else f"http://{HOST}{PATH}"
        writer.write(
            f"POST {target} HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        await reader.readexactly(_content_length(head))
        return int(head.split(b" ", 2)[1])


def _body(prompt: str) -> bytes:
    message = {"role": "user", "content": prompt}
    return json.dumps({"model": "gpt-4o-mini", "messages": [message]}).encode()


BODY_2KB = _body(PROMPT_2KB)
BODY_1MB = _body(PASTE_1MB)


async def _timed_post(client: ProxyClient, body: bytes) -> float:
    started = time.perf_counter()
    async with asyncio.timeout(REQUEST_TIMEOUT_S):
        status = await client.post(body)
    if status != 200:
        raise RuntimeError(f"onverwachte status {status}")
    return (time.perf_counter() - started) * 1000


async def sequential_latencies(proxy: Proxy, scheme: str, count: int) -> list[float]:
    async with ProxyClient(proxy, scheme) as client:
        for _ in range(5):
            await _timed_post(client, BODY_2KB)  # warm up: connection, TLS, certificates
        return [await _timed_post(client, BODY_2KB) for _ in range(count)]


async def concurrent_load(
    proxy: Proxy,
    scheme: str,
    seconds: float,
    background: Callable[[], Awaitable[None]] | None = None,
) -> tuple[float, list[float]]:
    """CLIENTS keep-alive clients posting 2 KB prompts for ``seconds`` (after connecting),
    optionally with ``background`` repeated alongside: (requests per second, latencies)."""
    clients = [ProxyClient(proxy, scheme) for _ in range(CLIENTS)]
    await asyncio.gather(*(_timed_post(client, BODY_2KB) for client in clients))  # connect
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def worker(client: ProxyClient) -> None:
        while time.perf_counter() < deadline:
            latencies.append(await _timed_post(client, BODY_2KB))

    started = time.perf_counter()
    side = None
    if background is not None:
        side = asyncio.create_task(_repeat_until(background, deadline))
    await asyncio.gather(*(worker(client) for client in clients))
    elapsed = time.perf_counter() - started
    if side is not None:
        await side
    for client in clients:
        await client.__aexit__()
    return len(latencies) / elapsed, latencies


async def _repeat_until(action: Callable[[], Awaitable[None]], deadline: float) -> None:
    while time.perf_counter() < deadline:
        await action()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


# --- orchestration --------------------------------------------------------------------------


async def measure(gateway: Proxy, bare: Proxy, args: argparse.Namespace) -> dict[str, float]:
    numbers: dict[str, float] = {}
    for round_number in range(1, ROUNDS + 1):
        for proxy in (bare, gateway):
            print(f"ronde {round_number}: {proxy.name} ...", file=sys.stderr)
            latencies = await sequential_latencies(proxy, args.scheme, args.requests)
            p50, p99 = statistics.median(latencies), percentile(latencies, 0.99)
            rps, _ = await concurrent_load(proxy, args.scheme, args.seconds)
            best = numbers.get(f"{proxy.name}_p50_ms")
            if best is None or p50 < best:
                numbers[f"{proxy.name}_p50_ms"], numbers[f"{proxy.name}_p99_ms"] = p50, p99
            numbers[f"{proxy.name}_rps"] = max(rps, numbers.get(f"{proxy.name}_rps", 0.0))

    pastes: list[float] = []

    async def paste() -> None:
        async with ProxyClient(gateway, args.scheme) as client:
            pastes.append(await _timed_post(client, BODY_1MB))  # allowed: no personal data

    print("50 clients zonder en met 1 MB-pastes ...", file=sys.stderr)
    _, quiet = await concurrent_load(gateway, args.scheme, args.seconds)
    _, busy = await concurrent_load(gateway, args.scheme, args.seconds, paste)
    numbers["others_p99_ms"] = percentile(quiet, 0.99)
    numbers["others_p99_pastes_ms"] = percentile(busy, 0.99)
    numbers["pastes"] = len(pastes)
    numbers["paste_ms"] = statistics.median(pastes) if pastes else float("nan")
    return numbers


def report(numbers: dict[str, float], scheme: str) -> None:
    added_p50 = numbers["gateway_p50_ms"] - numbers["bare_p50_ms"]
    added_p99 = numbers["gateway_p99_ms"] - numbers["bare_p99_ms"]
    ratio = numbers["gateway_rps"] / numbers["bare_rps"]
    paste_delta = numbers["others_p99_pastes_ms"] - numbers["others_p99_ms"]
    print(f"pad: {scheme.upper()} via de proxy naar een lokale upstream")
    for name in ("bare", "gateway"):
        print(
            f"2 KB prompt, latentie {name:<8}: p50 {numbers[f'{name}_p50_ms']:.1f} ms, "
            f"p99 {numbers[f'{name}_p99_ms']:.1f} ms"
        )
    print(f"toegevoegde latentie: p50 {added_p50:.1f} ms (doel <= 10), p99 {added_p99:.1f} ms")
    print(
        f"doorvoer bij {CLIENTS} clients: bare {numbers['bare_rps']:.0f} req/s, gateway "
        f"{numbers['gateway_rps']:.0f} req/s = {ratio:.0%} (doel >= 50%)"
    )
    print(
        f"p99 van {CLIENTS} clients: {numbers['others_p99_ms']:.1f} ms zonder, "
        f"{numbers['others_p99_pastes_ms']:.1f} ms met 1 MB-pastes ernaast "
        f"({numbers['pastes']:.0f} pastes, mediaan {numbers['paste_ms']:.0f} ms): "
        f"{paste_delta:+.1f} ms (doel <= 50)"
    )


def _wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("proces stopte tijdens het starten")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"poort {port} niet bereikbaar")


def _spawn(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=Path.cwd()
    )


def run_benchmark(args: argparse.Namespace) -> dict[str, float]:
    upstream_port, bare_port, gateway_port = free_port(), free_port(), free_port()
    upstream_port_name = "443" if args.scheme == "https" else "80"
    resolve = f"{HOST}:{upstream_port_name}=127.0.0.1:{upstream_port}"
    me = [sys.executable, "-m", "benchmarks.proxy"]
    processes: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        upstream_ca, certificate, key = make_upstream_certificate(directory)
        env = {
            **os.environ,
            "GATEWAY_LISTEN_PORT": str(gateway_port),
            "GATEWAY_CA_DIR": str(directory / "gateway-ca"),
            "GATEWAY_INCIDENT_LOG": str(directory / "incidents.jsonl"),
            "GATEWAY_RESOLVE": resolve,
            "GATEWAY_UPSTREAM_CA": str(upstream_ca),
        }
        upstream_args = ["--serve-upstream", str(upstream_port)]
        if args.scheme == "https":
            upstream_args += ["--tls", str(certificate), str(key)]
        bare_ca_dir = directory / "bare-ca"
        try:
            processes.append(_spawn([*me, *upstream_args]))
            processes.append(
                _spawn(
                    [
                        *me,
                        "--serve-bare",
                        str(bare_port),
                        resolve,
                        str(bare_ca_dir),
                        str(upstream_ca),
                    ]
                )
            )
            processes.append(_spawn([str(Path(sys.executable).parent / "gateway"), "run"], env))
            for port, process in zip(
                (upstream_port, bare_port, gateway_port), processes, strict=True
            ):
                _wait_for_port(port, process)
            gateway = Proxy("gateway", gateway_port, directory / "gateway-ca/mitmproxy-ca-cert.pem")
            bare = Proxy("bare", bare_port, bare_ca_dir / "mitmproxy-ca-cert.pem")
            return asyncio.run(measure(gateway, bare, args))
        finally:
            for process in processes:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=10.0, help="duur per belastingsmeting")
    parser.add_argument("--requests", type=int, default=200, help="verzoeken per latentiemeting")
    parser.add_argument("--scheme", choices=("https", "http"), default="https")
    parser.add_argument("--serve-upstream", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--tls", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--serve-bare", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_upstream:
        certificate, key = args.tls or (None, None)
        serve_upstream(args.serve_upstream, certificate, key)
        return 0
    if args.serve_bare:
        port, resolve, confdir, upstream_ca = args.serve_bare
        serve_bare(int(port), resolve, Path(confdir), Path(upstream_ca))
        return 0
    numbers = run_benchmark(args)
    report(numbers, args.scheme)
    return 0


if __name__ == "__main__":
    sys.exit(main())

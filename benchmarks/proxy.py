"""Benchmark: what the gateway adds on top of bare mitmproxy, against the same local upstream
in the same run.

Measures (1) added latency p50/p99 for a 2 KB prompt (one client, sequential), (2) throughput
at 50 concurrent clients, (3) the 50 clients' p99 without and with a 1 MB paste in flight.
Targets: added p50 <= 10 ms, throughput >= 50 % of bare, 1 MB pastes raise the others' p99
by <= 50 ms.

    .venv/bin/python -m benchmarks.proxy [--seconds 10] [--rounds 2] [--paste-rounds 6]
        [--processes 0 1] [--parts overhead paste] [--paste-client-rate 1] [--profile DIR]

The machine may be shared and busy, so every number is taken in rounds that alternate what is
compared: bare and each gateway in turn (throughput is reported per round as a ratio to the
bare run right before it, and as the median of those ratios), and windows without and with
pastes in alternating order (the paste claim is the median of the per-round p99 deltas, with
the spread next to it). ``--processes`` starts one gateway per GATEWAY_SCREENING_PROCESSES
value, to compare the thread lane (0) with worker processes for ordinary prompts.

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
from dataclasses import dataclass, field
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
STARTUP_SETTLE_S = 5
WARM_UP_S = 2.0
CONTROL_BURN_S = 2.5  # about one 1 MB paste scan on this machine


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
    pid: int  # the proxy process, for its CPU time


def _cpu_seconds_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def cpu_seconds(pid: int) -> tuple[float, float]:
    """CPU time used so far by a process and by its live children (the screening workers).
    Unlike throughput, CPU time per request hardly depends on what else the machine runs."""
    children = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            after_name = stat.read_text().rpartition(")")[2].split()
            if int(after_name[1]) == pid:
                children += _cpu_seconds_of(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue  # a process that just ended
    return _cpu_seconds_of(pid), children


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
    pace_s: float | None = None,
) -> tuple[float, list[float]]:
    """CLIENTS keep-alive clients posting 2 KB prompts for ``seconds`` (after connecting),
    optionally with ``background`` repeated alongside: (requests per second, latencies).
    Without ``pace_s`` each client posts again as soon as it has its answer (the proxy is
    saturated); with it, each client posts once every ``pace_s`` seconds, starts spread out,
    like staff members who each send a prompt now and then."""
    clients = [ProxyClient(proxy, scheme) for _ in range(CLIENTS)]
    await asyncio.gather(*(_timed_post(client, BODY_2KB) for client in clients))  # connect
    latencies: list[float] = []
    started = time.perf_counter()
    deadline = started + seconds

    async def worker(client: ProxyClient, offset_s: float) -> None:
        next_post = started + offset_s
        while time.perf_counter() < deadline:
            if pace_s is not None:
                await asyncio.sleep(max(0.0, next_post - time.perf_counter()))
                next_post += pace_s
                if time.perf_counter() >= deadline:
                    break
            latencies.append(await _timed_post(client, BODY_2KB))

    side = None
    if background is not None:
        side = asyncio.create_task(_repeat_until(background, deadline))
    offsets = [index * (pace_s or 0.0) / CLIENTS for index in range(CLIENTS)]
    await asyncio.gather(*(worker(c, offset) for c, offset in zip(clients, offsets, strict=True)))
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


@dataclass
class ProxyRounds:
    """One proxy's numbers, one entry per round."""

    p50_ms: list[float] = field(default_factory=list)
    p99_ms: list[float] = field(default_factory=list)
    rps: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)  # proxy process, per request under load
    worker_cpu_ms: list[float] = field(default_factory=list)  # its screening workers


@dataclass
class PasteRound:
    quiet_p99_ms: float
    busy_p99_ms: float
    paste_ms: list[float]

    @property
    def delta_ms(self) -> float:
        return self.busy_p99_ms - self.quiet_p99_ms


@dataclass
class Results:
    proxies: dict[str, ProxyRounds] = field(default_factory=dict)
    pastes: dict[str, list[PasteRound]] = field(default_factory=dict)
    paste_load: str = ""
    pastes_refused: dict[str, int] = field(default_factory=dict)


async def measure_overhead(
    proxies: list[Proxy], args: argparse.Namespace, results: Results
) -> None:
    """Latency and throughput, every proxy once per round, in turn (shared, noisy CPU)."""
    for round_number in range(1, args.rounds + 1):
        for proxy in proxies:
            print(f"ronde {round_number}: {proxy.name} ...", file=sys.stderr)
            rounds = results.proxies.setdefault(proxy.name, ProxyRounds())
            latencies = await sequential_latencies(proxy, args.scheme, args.requests)
            rounds.p50_ms.append(statistics.median(latencies))
            rounds.p99_ms.append(percentile(latencies, 0.99))
            before = cpu_seconds(proxy.pid)
            rps, latencies = await concurrent_load(proxy, args.scheme, args.seconds)
            after = cpu_seconds(proxy.pid)
            requests = len(latencies) + CLIENTS  # plus the first request of each client
            rounds.rps.append(rps)
            rounds.cpu_ms.append((after[0] - before[0]) * 1000 / requests)
            rounds.worker_cpu_ms.append((after[1] - before[1]) * 1000 / requests)


async def measure_paste(targets: list[Proxy], args: argparse.Namespace, results: Results) -> None:
    """The 50 clients' p99 with and without 1 MB pastes in flight, in alternating windows of
    ``--seconds``, so a load drift on the shared machine hits both sides alike; several targets
    take turns within each round. Each round gives one delta per target; the claim rests on
    their median, with the spread shown next to it."""
    rate = args.paste_client_rate
    results.paste_load = (
        f"{CLIENTS} clients, elk {rate:g} verzoek/s" if rate > 0 else f"{CLIENTS} clients verzadigd"
    )
    for round_number in range(args.paste_rounds):
        for target in targets:
            print(f"pasteronde {round_number + 1}: {target.name} ...", file=sys.stderr)
            rounds = results.pastes.setdefault(target.name, [])
            rounds.append(await _paste_round(target, args, round_number % 2 == 1, results))
        if args.cpu_control:
            # Control: bare mitmproxy next to a process that only burns one core for as long
            # as a paste scan takes. If this raises p99 as much, the pastes' effect is CPU
            # contention on the machine, not the gateway's event loop waiting.
            bare = next(p for p in targets if p.name == "bare")
            rounds = results.pastes.setdefault("bare+cpu", [])
            rounds.append(await _paste_round(bare, args, round_number % 2 == 1, results, _burn))


async def _burn() -> None:
    script = f"import time\nend = time.time() + {CONTROL_BURN_S}\nwhile time.time() < end: pass"
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", script)
    await process.wait()


async def _paste_round(
    target: Proxy,
    args: argparse.Namespace,
    pastes_first: bool,
    results: Results,
    instead_of_paste: Callable[[], Awaitable[None]] | None = None,
) -> PasteRound:
    pastes: list[float] = []

    async def paste() -> None:
        async with ProxyClient(target, args.scheme) as client:
            try:
                pastes.append(await _timed_post(client, BODY_1MB))  # no personal data
            except RuntimeError:  # blocked, e.g. its screening ran over the time limit
                results.pastes_refused[target.name] = results.pastes_refused.get(target.name, 0) + 1

    # Unmeasured: the first window after switching proxies came out slower in every round
    # (connection set-up spilling over), whichever kind it was.
    await concurrent_load(target, args.scheme, WARM_UP_S, None, _pace(args))
    windows: dict[bool, float] = {}
    for with_pastes in (True, False) if pastes_first else (False, True):
        background = (instead_of_paste or paste) if with_pastes else None
        _, latencies = await concurrent_load(
            target, args.scheme, args.seconds, background, _pace(args)
        )
        windows[with_pastes] = percentile(latencies, 0.99)
    return PasteRound(windows[False], windows[True], pastes)


def _pace(args: argparse.Namespace) -> float | None:
    rate: float = args.paste_client_rate
    return 1 / rate if rate > 0 else None


def report(results: Results, scheme: str) -> None:
    print(f"pad: {scheme.upper()} via de proxy naar een lokale upstream")
    if results.proxies:
        _report_overhead(results.proxies)
        _report_cpu(results.proxies)
    for name, rounds in results.pastes.items():
        _report_paste(name, rounds, results.paste_load, results.pastes_refused.get(name, 0))


def _listed(values: list[float], unit: str = "") -> str:
    return "[" + ", ".join(f"{value:.0f}{unit}" for value in values) + "]"


def _report_overhead(proxies: dict[str, ProxyRounds]) -> None:
    bare = proxies["bare"]
    for name, rounds in proxies.items():
        best = rounds.p50_ms.index(min(rounds.p50_ms))
        print(
            f"2 KB prompt, latentie {name:<12}: p50 {rounds.p50_ms[best]:.1f} ms, "
            f"p99 {rounds.p99_ms[best]:.1f} ms (beste ronde)"
        )
    for name, rounds in proxies.items():
        if name != "bare":
            added = min(rounds.p50_ms) - min(bare.p50_ms)
            print(f"toegevoegde latentie {name}: p50 {added:.1f} ms (doel <= 10)")
    for name, rounds in proxies.items():
        print(
            f"doorvoer bij {CLIENTS} clients, {name:<12}: beste {max(rounds.rps):.0f} req/s "
            f"(rondes {_listed(rounds.rps)})"
        )
    for name, rounds in proxies.items():
        if name != "bare":
            # Per round against bare measured right before it: a load drift on the shared
            # machine hits both alike, so the median of these ratios is the robust number.
            ratios = [each / base for each, base in zip(rounds.rps, bare.rps, strict=True)]
            print(
                f"doorvoer {name} / bare per ronde {_listed([r * 100 for r in ratios], '%')}: "
                f"mediaan {statistics.median(ratios):.0%} (doel >= 50%)"
            )


def _report_cpu(proxies: dict[str, ProxyRounds]) -> None:
    """CPU per request, the noise-robust view: the event loop of one proxy process runs on one
    core, so 1 / (its CPU per request) bounds its throughput on a machine of its own; screening
    workers run on other cores."""
    bare_cpu = statistics.median(proxies["bare"].cpu_ms)
    for name, rounds in proxies.items():
        cpu, workers = statistics.median(rounds.cpu_ms), statistics.median(rounds.worker_cpu_ms)
        bound = f"; proxyproces {bare_cpu / cpu:.0%} van bare" if name != "bare" else ""
        print(
            f"CPU per verzoek {name:<12}: proxyproces {cpu:.2f} ms, screeningprocessen "
            f"{workers:.2f} ms (mediaan van de rondes{bound})"
        )


def _report_paste(name: str, rounds: list[PasteRound], load: str, refused: int) -> None:
    deltas = [each.delta_ms for each in rounds]
    pastes = [ms for each in rounds for ms in each.paste_ms]
    pairs = ", ".join(f"{each.quiet_p99_ms:.0f}/{each.busy_p99_ms:.0f}" for each in rounds)
    print(f"{name}: p99 van {load}, zonder/met 1 MB-pastes, per ronde: {pairs} ms")
    print(
        f"{name}: verschil per ronde {_listed(deltas, ' ms')}: mediaan "
        f"{statistics.median(deltas):+.1f} ms (spreiding {min(deltas):+.0f} .. "
        f"{max(deltas):+.0f} ms; doel mediaan <= 50)"
    )
    if pastes:
        median = statistics.median(pastes)
        print(f"{name}: {len(pastes)} pastes doorgelaten, mediaan {median:.0f} ms per paste")
    if refused:
        print(f"{name}: {refused} pastes geweigerd (bijv. screening over de tijdslimiet)")


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


def _gateway_name(processes: int) -> str:
    return "gateway-threads" if processes == 0 else f"gateway-p{processes}"


def run_benchmark(args: argparse.Namespace) -> Results:
    upstream_port, bare_port = free_port(), free_port()
    gateway_ports = {processes: free_port() for processes in args.processes}
    upstream_port_name = "443" if args.scheme == "https" else "80"
    resolve = f"{HOST}:{upstream_port_name}=127.0.0.1:{upstream_port}"
    me = [sys.executable, "-m", "benchmarks.proxy"]
    processes: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        upstream_ca, certificate, key = make_upstream_certificate(directory)
        upstream_args = ["--serve-upstream", str(upstream_port)]
        if args.scheme == "https":
            upstream_args += ["--tls", str(certificate), str(key)]
        bare_ca_dir = directory / "bare-ca"
        bare_args = ["--serve-bare", str(bare_port), resolve, str(bare_ca_dir), str(upstream_ca)]
        try:
            processes.append(_spawn([*me, *upstream_args]))
            processes.append(_spawn([*me, *bare_args]))
            ports = [upstream_port, bare_port]
            bare_ca = bare_ca_dir / "mitmproxy-ca-cert.pem"
            proxies = [Proxy("bare", bare_port, bare_ca, processes[-1].pid)]
            for count, port in gateway_ports.items():
                name = _gateway_name(count)
                env = {
                    **os.environ,
                    "GATEWAY_LISTEN_PORT": str(port),
                    "GATEWAY_CA_DIR": str(directory / f"{name}-ca"),
                    "GATEWAY_INCIDENT_LOG": str(directory / f"{name}-incidents.jsonl"),
                    "GATEWAY_RESOLVE": resolve,
                    "GATEWAY_UPSTREAM_CA": str(upstream_ca),
                    "GATEWAY_SCREENING_PROCESSES": str(count),
                }
                process = _spawn(_gateway_command(args, name), env)
                processes.append(process)
                ports.append(port)
                ca = directory / f"{name}-ca/mitmproxy-ca-cert.pem"
                proxies.append(Proxy(name, port, ca, process.pid))
            for port, process in zip(ports, processes, strict=True):
                _wait_for_port(port, process)
            time.sleep(STARTUP_SETTLE_S)  # let the screening workers load their pipelines
            return asyncio.run(_measure_all(proxies, args))
        finally:
            for process in processes:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=5)


def _gateway_command(args: argparse.Namespace, name: str) -> list[str]:
    gateway = [str(Path(sys.executable).parent / "gateway"), "run"]
    if not args.profile:
        return gateway
    # cProfile writes its statistics when the gateway exits on SIGTERM (see gateway run).
    target = Path(args.profile).resolve() / f"{name}.prof"
    return [sys.executable, "-m", "cProfile", "-o", str(target), *gateway]


async def _measure_all(proxies: list[Proxy], args: argparse.Namespace) -> Results:
    results = Results()
    if "overhead" in args.parts:
        await measure_overhead(proxies, args, results)
    if "paste" in args.parts:
        names = args.paste_on or [proxies[1].name]
        await measure_paste([p for p in proxies if p.name in names], args, results)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=10.0, help="duur per belastingsmeting")
    parser.add_argument("--requests", type=int, default=200, help="verzoeken per latentiemeting")
    parser.add_argument("--scheme", choices=("https", "http"), default="https")
    parser.add_argument("--rounds", type=int, default=2, help="rondes latentie en doorvoer")
    parser.add_argument("--paste-rounds", type=int, default=6, help="rondes zonder/met pastes")
    parser.add_argument(
        "--paste-client-rate",
        type=float,
        default=1.0,
        help="verzoeken per seconde per client tijdens de pastemeting (0: zo snel als het "
        "antwoord komt, de proxy verzadigd)",
    )
    parser.add_argument(
        "--parts",
        nargs="+",
        choices=("overhead", "paste"),
        default=["overhead", "paste"],
        help="overhead: latentie en doorvoer; paste: p99 naast 1 MB-pastes",
    )
    parser.add_argument(
        "--processes",
        nargs="+",
        type=int,
        default=[1],
        help="GATEWAY_SCREENING_PROCESSES per te meten gateway (1: de standaard, 0: threads)",
    )
    parser.add_argument(
        "--paste-on",
        nargs="+",
        help="proxy voor de pastemeting (standaard de eerste gateway; 'bare' ter vergelijking)",
    )
    parser.add_argument(
        "--cpu-control",
        action="store_true",
        help="controle: bare naast een proces dat een kern bezet houdt ('bare' in --paste-on)",
    )
    parser.add_argument("--profile", help="map voor cProfile-uitvoer van elke gateway")
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
    report(run_benchmark(args), args.scheme)
    return 0


if __name__ == "__main__":
    sys.exit(main())

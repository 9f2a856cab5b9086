"""A local HTTPS (and plain HTTP) stand-in for AI services (OpenAI, Anthropic, Gemini shaped
answers, SSE streaming, a chat page and a WebSocket endpoint), with a test CA whose certificate
covers the real host names. It records every request and WebSocket message it receives."""

from __future__ import annotations

import datetime
import json
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from websockets.sync.server import ServerConnection, serve

HTTP_HOSTS = (
    "api.openai.com", "chatgpt.com", "api.anthropic.com", "generativelanguage.googleapis.com",
    "gemini.google.com", "gemeente-ai.openai.azure.com", "api.deepseek.com", "www.perplexity.ai",
    "api.mistral.ai", "tunnel.example.org",
)  # fmt: skip
WEBSOCKET_HOSTS = ("copilot.microsoft.com",)
STREAM_CHUNKS = ("Den ", "Haag ", "is ", "mooi.")
STREAM_DELAY_S = 0.25
CHAT_PAGE = """<!doctype html><html><head><title>Stand-in chat</title></head><body>
<textarea id="prompt"></textarea><button id="send">Verstuur</button><div id="answer"></div>
<script>
document.getElementById("send").onclick = async () => {
  const r = await fetch("/backend-api/conversation", {method: "POST",
    headers: {"Content-Type": "application/json"},
    body: JSON.stringify({action: "next", messages: [{id: crypto.randomUUID(),
      author: {role: "user"}, content: {content_type: "text",
      parts: [document.getElementById("prompt").value]}}], model: "auto"})});
  document.getElementById("answer").textContent = r.status + " " + await r.text();
};
</script></body></html>"""


@dataclass
class Recorded:
    method: str
    host: str
    path: str
    headers: dict[str, str]
    body: bytes
    peer_port: int = 0  # the upstream connection's client port: equal ports = reused connection

    def json(self) -> Any:
        return json.loads(self.body)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


CA_KEY_USAGE = x509.KeyUsage(
    digital_signature=True, content_commitment=False, key_encipherment=False,
    data_encipherment=False, key_agreement=False, key_cert_sign=True,
    crl_sign=True, encipher_only=False, decipher_only=False,
)  # fmt: skip


def make_certificates(directory: Path, hosts: tuple[str, ...]) -> tuple[Path, Path, Path]:
    """A test CA and one leaf certificate for all ``hosts``: (ca.pem, leaf.pem, leaf-key.pem)."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("AI-poort test stand-in CA"))
        .issuer_name(_name("AI-poort test stand-in CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(CA_KEY_USAGE, critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = [x509.DNSName(host) for host in hosts]
    names.append(x509.IPAddress(IPv4Address("127.0.0.1")))
    leaf_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(hosts[0]))
        .issuer_name(ca_cert.subject)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, leaf_path, key_path = (
        directory / "standin-ca.pem",
        directory / "standin-leaf.pem",
        directory / "standin-key.pem",
    )
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    leaf_path.write_bytes(leaf_cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        leaf_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_path, leaf_path, key_path


def _openai_answer() -> dict[str, Any]:
    return {
        "id": "chatcmpl-standin",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "gpt-4o-mini",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Antwoord van de stand-in."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _sse_chunk(text: str | None) -> bytes:
    delta = {"content": text} if text is not None else {}
    chunk = {
        "id": "chatcmpl-standin",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": "gpt-4o-mini",
        "choices": [
            {"index": 0, "delta": delta, "finish_reason": None if text is not None else "stop"}
        ],
    }
    return f"data: {json.dumps(chunk)}\n\n".encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _StandInHTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet

    def _record(self, body: bytes) -> None:
        self.server.standin.record(
            Recorded(
                self.command,
                self.headers.get("Host", ""),
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                body,
                self.client_address[1],
            )
        )

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._record(b"")
        if self.path == "/" or self.path.startswith("/chat"):
            self._send(200, "text/html; charset=utf-8", CHAT_PAGE.encode())
        else:
            self._send(200, "application/json", json.dumps({"ok": True}).encode())

    def do_POST(self) -> None:
        body = self._body()
        self._record(body)
        try:
            request = json.loads(body) if body.strip().startswith(b"{") else {}
        except json.JSONDecodeError:
            request = {}
        if self.path.endswith("/chat/completions") and request.get("stream"):
            self._stream()
        elif self.path.endswith("/chat/completions"):
            self._send(200, "application/json", json.dumps(_openai_answer()).encode())
        elif self.path.endswith("/v1/messages"):
            answer = {
                "id": "msg_standin",
                "type": "message",
                "role": "assistant",
                "model": "claude",
                "content": [{"type": "text", "text": "Antwoord van de stand-in."}],
                "stop_reason": "end_turn",
                "usage": {"input_tokens": 1, "output_tokens": 1},
            }
            self._send(200, "application/json", json.dumps(answer).encode())
        elif ":generateContent" in self.path:
            answer = {"candidates": [{"content": {"parts": [{"text": "Antwoord."}]}}]}
            self._send(200, "application/json", json.dumps(answer).encode())
        else:
            self._send(200, "application/json", json.dumps({"ok": True}).encode())

    def _stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        pieces = [_sse_chunk(text) for text in STREAM_CHUNKS]
        pieces += [_sse_chunk(None), b"data: [DONE]\n\n"]
        for piece in pieces:
            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.flush()
            time.sleep(STREAM_DELAY_S)
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


class _StandInHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    standin: StandIn


@dataclass
class StandIn:
    """The running stand-in. ``requests``/``ws_messages`` grow as traffic arrives."""

    ca_path: Path
    https_port: int = 0
    http_port: int = 0  # plain HTTP, for http:// requests through the gateway
    ws_port: int = 0
    requests: list[Recorded] = field(default_factory=list)
    ws_messages: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, item: Recorded) -> None:
        with self._lock:
            self.requests.append(item)

    def received(self, host: str, path_part: str = "") -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.host == host and path_part in r.path]

    def resolve_spec(self) -> str:
        """GATEWAY_RESOLVE value sending every stand-in host to this process."""
        mapping = [f"{host}:443=127.0.0.1:{self.https_port}" for host in HTTP_HOSTS]
        mapping += [f"{host}:80=127.0.0.1:{self.http_port}" for host in HTTP_HOSTS]
        mapping += [f"{host}:443=127.0.0.1:{self.ws_port}" for host in WEBSOCKET_HOSTS]
        return ",".join(mapping)


def start_standin(directory: Path) -> tuple[StandIn, list[Any]]:
    """Start HTTPS, plain HTTP and WebSocket servers on free loopback ports; returns the
    stand-in and the server objects to shut down."""
    ca_path, leaf_path, key_path = make_certificates(directory, HTTP_HOSTS + WEBSOCKET_HOSTS)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(leaf_path, key_path)
    context.set_alpn_protocols(["http/1.1"])
    standin = StandIn(ca_path)

    httpd = _StandInHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    httpd.standin = standin
    standin.https_port = httpd.server_address[1]

    plain = _StandInHTTPServer(("127.0.0.1", 0), _Handler)
    plain.standin = standin
    standin.http_port = plain.server_address[1]

    def echo(connection: ServerConnection) -> None:
        for message in connection:
            text = message if isinstance(message, str) else message.decode()
            with standin._lock:
                standin.ws_messages.append(text)
            connection.send(json.dumps({"echo": text}))

    ws_server = serve(echo, "127.0.0.1", 0, ssl=context)
    standin.ws_port = ws_server.socket.getsockname()[1]
    for target in (httpd.serve_forever, plain.serve_forever, ws_server.serve_forever):
        threading.Thread(target=target, daemon=True).start()
    return standin, [httpd, plain, ws_server]

"""``gateway scan``: screen prompts from stdin and print JSON (a contract other tools rely on).

* ``gateway scan`` reads one prompt from stdin and prints one JSON object.
* ``gateway scan --jsonl`` reads JSON Lines ``{"id", "text", "service"?}`` and writes one line per
  input line, in the same order, with the engine loaded once.

Every output object has ``id, decision, findings, redacted, reasons``; a bad item additionally
has ``error: {code, message}`` (decision null) and never stops the batch. Error messages name
what is wrong with the input, never its content.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from gateway.engine.types import ScanResult

DEFAULT_MAX_BYTES = 2 * 1024 * 1024


class InputError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class ScanItem:
    id: Any
    text: str
    service: str | None


class Screener:
    """What ``scan`` needs from the engine; the real one is loaded lazily, once."""

    def __init__(self, config_dir: Path) -> None:
        from gateway.engine import load_engine

        self._engine = load_engine(config_dir)

    def scan(self, text: str, service: str | None) -> ScanResult:
        return self._engine.scan(text, service=service)


def check_text(raw: bytes, max_bytes: int) -> str:
    if len(raw) > max_bytes:
        raise InputError(
            "too_large", f"tekst is {len(raw)} bytes; het maximum is {max_bytes} (--max-bytes)"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError("invalid_utf8", f"geen geldige UTF-8 (byte {error.start})") from None
    return check_decoded(text)


def check_decoded(text: str) -> str:
    if not text.strip():
        raise InputError("empty_text", "lege tekst")
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r")
    if "\x00" in text or controls > max(8, len(text) // 20):
        raise InputError("binary_input", "dit lijkt binaire data, geen tekst")
    return text


def parse_jsonl_line(raw: bytes, max_bytes: int) -> ScanItem:
    if len(raw) > max_bytes + 4096:
        raise InputError("too_large", f"regel is {len(raw)} bytes; het maximum is {max_bytes}")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError("invalid_utf8", f"geen geldige UTF-8 (byte {error.start})") from None
    if not line.strip():
        raise InputError("empty_line", "lege regel")
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError("malformed_json", f"ongeldige JSON (kolom {error.colno})") from None
    if not isinstance(item, dict):
        raise InputError("malformed_json", "verwacht een JSON-object per regel")
    text = item.get("text")
    if not isinstance(text, str):
        raise InputError("invalid_text", "veld 'text' ontbreekt of is geen tekst")
    service = item.get("service")
    if service is not None and not isinstance(service, str):
        raise InputError("invalid_service", "veld 'service' moet tekst zijn")
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError("too_large", f"tekst is groter dan het maximum van {max_bytes} bytes")
    return ScanItem(id=item.get("id"), text=check_decoded(text), service=service)


def result_object(item_id: Any, result: ScanResult) -> dict[str, Any]:
    return {
        "id": item_id,
        "decision": result.decision.value,
        "findings": [finding.as_dict() for finding in result.findings],
        "redacted": result.redacted,
        "reasons": result.reasons,
    }


def error_object(item_id: Any, code: str, message: str) -> dict[str, Any]:
    return {
        "id": item_id,
        "decision": None,
        "findings": [],
        "redacted": None,
        "reasons": [],
        "error": {"code": code, "message": message},
    }


def _raw_id(raw: bytes) -> Any:
    """Best effort: the id of a line that failed later checks, so the caller can match it."""
    try:
        item = json.loads(raw.decode("utf-8", "replace"))
    except ValueError:
        return None
    return item.get("id") if isinstance(item, dict) else None


def screen_one(screener: Screener, item_id: Any, text: str, service: str | None) -> dict[str, Any]:
    try:
        return result_object(item_id, screener.scan(text, service))
    except Exception as error:  # one bad item must not stop the batch; type only, no content
        return error_object(
            item_id, "screening_failed", f"screening mislukt ({type(error).__name__})"
        )


def iter_lines(stream: BinaryIO) -> Iterator[bytes]:
    for raw in stream:
        yield raw.rstrip(b"\r\n")


def run_jsonl(screener: Screener, stream: BinaryIO, out: TextIO, max_bytes: int) -> int:
    errors = 0
    for raw in iter_lines(stream):
        try:
            item = parse_jsonl_line(raw, max_bytes)
        except InputError as error:
            errors += 1
            obj = error_object(_raw_id(raw), error.code, error.message)
        else:
            obj = screen_one(screener, item.id, item.text, item.service)
            errors += "error" in obj
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        out.flush()
    return 0 if errors == 0 else 3


def run_single(
    screener: Screener, stream: BinaryIO, out: TextIO, max_bytes: int, service: str | None
) -> int:
    raw = stream.read(max_bytes + 1)
    try:
        text = check_text(raw, max_bytes)
    except InputError as error:
        out.write(json.dumps(error_object(None, error.code, error.message), ensure_ascii=False))
        out.write("\n")
        return 2
    obj = screen_one(screener, None, text, service)
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return 0 if "error" not in obj else 3


def handle(args: argparse.Namespace) -> int:
    from gateway.config.errors import ConfigError
    from gateway.settings import GatewaySettings

    config_dir = args.config or GatewaySettings().config_dir
    try:
        screener = Screener(config_dir)
    except ConfigError as error:
        print(f"Configuratiefout:\n{error}", file=sys.stderr)
        return 1
    if args.jsonl:
        return run_jsonl(screener, sys.stdin.buffer, sys.stdout, args.max_bytes)
    return run_single(screener, sys.stdin.buffer, sys.stdout, args.max_bytes, args.service)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "scan",
        help="controleer prompts van stdin en geef het besluit als JSON",
        description=(
            'Controleer een prompt (stdin) of JSON Lines (--jsonl: {"id", "text", '
            '"service"}) en schrijf per prompt een JSON-object met besluit, bevindingen, '
            "weggelakte tekst en redenen. Exitcode 0: alles verwerkt; 2: ongeldige invoer; "
            "3: een of meer regels gaven een fout."
        ),
    )
    parser.add_argument(
        "--jsonl", action="store_true", help="lees JSON Lines in plaats van één prompt"
    )
    parser.add_argument(
        "--service", help="id van de AI-dienst uit services.yaml (beleid per dienst)"
    )
    parser.add_argument(
        "--config", type=Path, help="configuratiemap (standaard GATEWAY_CONFIG_DIR)"
    )
    parser.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="maximale grootte van één prompt"
    )
    parser.set_defaults(handler=handle)

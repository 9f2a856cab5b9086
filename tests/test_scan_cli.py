"""``gateway scan`` as other tools use it: a real subprocess, bytes in, JSON out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

GATEWAY = [sys.executable, "-m", "gateway.cli", "scan"]
ROOT = Path(__file__).resolve().parent.parent
KEYS = {"id", "decision", "findings", "redacted", "reasons"}


def run_scan(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "GATEWAY_CONFIG_DIR": str(ROOT / "config")}
    return subprocess.run(
        [*GATEWAY, *args], input=stdin, capture_output=True, cwd=ROOT, env=env, timeout=120
    )


def test_single_prompt_with_bsn_is_blocked() -> None:
    text = "Kun je de brief aanpassen voor de burger met BSN 111222333?"
    completed = run_scan(text.encode())
    assert completed.returncode == 0, completed.stderr.decode()
    result = json.loads(completed.stdout)
    assert set(result) == KEYS
    assert result["decision"] == "block"
    assert result["id"] is None
    assert result["redacted"] is None
    bsn = [f for f in result["findings"] if f["type"] == "NL_BSN"]
    assert len(bsn) == 1
    assert text[bsn[0]["start"] : bsn[0]["end"]] == "111222333"
    assert "block:NL_BSN" in result["reasons"]
    assert b"111222333" not in completed.stderr


def test_single_prompt_rejects_invalid_utf8_with_a_clear_error() -> None:
    completed = run_scan(b"hallo \xff\xfe wereld")
    assert completed.returncode == 2
    result = json.loads(completed.stdout)
    assert result["error"]["code"] == "invalid_utf8"
    assert result["decision"] is None


@pytest.fixture(scope="module")
def batch() -> tuple[list[dict[str, Any]], int]:
    big = "a " * (3 * 1024 * 1024)  # 6 MB of text: over the 2 MB default limit
    lines = [
        json.dumps({"id": 1, "text": "Schrijf een folder over de Wmo voor inwoners."}).encode(),
        json.dumps({"id": "two", "text": "Mail jan.jansen@gmail.com even terug."}).encode(),
        b"{this is not json",
        json.dumps({"id": 4, "text": ""}).encode(),
        b'{"id": 5, "text": "caf\xc3"}',
        json.dumps({"id": 6, "text": big}).encode(),
        bytes(x for x in range(256) if x != 0x0A),
        json.dumps({"id": 8, "text": "x\u0000\u0001\u0002\u0003" * 20}).encode(),
        json.dumps({"id": 9, "text": 42}).encode(),
        b"",
        json.dumps(
            {"id": 11, "text": "BSN 111222333", "service": "azure-openai-gemeente"}
        ).encode(),
        json.dumps(["not", "an", "object"]).encode(),
        json.dumps({"id": 13, "text": "Vraag van de aanvrager: hoe werkt bezwaar?"}).encode(),
    ]
    completed = run_scan(b"\n".join(lines) + b"\n", "--jsonl")
    outputs = [json.loads(line) for line in completed.stdout.decode().splitlines()]
    return outputs, completed.returncode


def test_batch_keeps_one_line_per_input_in_order(batch: tuple[list[dict[str, Any]], int]) -> None:
    outputs, returncode = batch
    assert len(outputs) == 13
    assert [o["id"] for o in outputs] == [1, "two", None, 4, 5, 6, None, 8, 9, None, 11, None, 13]
    assert returncode == 3  # some lines failed, none were lost
    for output in outputs:
        assert set(output) >= KEYS


def test_batch_decisions(batch: tuple[list[dict[str, Any]], int]) -> None:
    outputs, _ = batch
    assert outputs[0]["decision"] == "allow"
    assert outputs[0]["findings"] == []
    assert outputs[1]["decision"] == "redact"
    assert outputs[1]["redacted"] == "Mail [E-MAIL_1] even terug."
    assert outputs[10]["decision"] == "block"  # BSN blocks on every service
    assert outputs[12]["decision"] == "allow"


def test_batch_errors_are_clear_and_typed(batch: tuple[list[dict[str, Any]], int]) -> None:
    outputs, _ = batch
    codes = {index: o["error"]["code"] for index, o in enumerate(outputs) if "error" in o}
    assert codes == {
        2: "malformed_json",
        3: "empty_text",
        4: "invalid_utf8",
        5: "too_large",
        6: "invalid_utf8",
        7: "binary_input",
        8: "invalid_text",
        9: "empty_line",
        11: "malformed_json",
    }
    for index in codes:
        assert outputs[index]["decision"] is None
        assert outputs[index]["error"]["message"]

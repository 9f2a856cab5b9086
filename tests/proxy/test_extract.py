"""Extraction of prompt text from request bodies and rewriting it in place."""

from __future__ import annotations

import base64
import io
import json

import docx
import pytest

from gateway.extract import (
    UnparseableBodyError,
    extract_body,
    extract_websocket_text,
    join_segments,
    split_joined,
)

BSN = "111222333"


def texts(content_type: str, body: bytes) -> list[str]:
    return [segment.text for segment in extract_body(content_type, body).segments]


def test_openai_chat_every_prompt_field_is_screened_but_ids_and_model_are_not() -> None:
    body = {
        "model": "gpt-4o",
        "user": BSN,
        "messages": [
            {"role": "system", "content": "Je bent een ambtenaar"},
            {"role": "user", "content": [{"type": "text", "text": "Schrijf aan Jan"}]},
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "id": "call_abc",
                        "type": "function",
                        "function": {"name": "zoek", "arguments": '{"bsn": "111222333"}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_abc", "content": "resultaat voor Piet"},
        ],
    }
    found = texts("application/json", json.dumps(body).encode())
    assert "Je bent een ambtenaar" in found
    assert "Schrijf aan Jan" in found
    assert '{"bsn": "111222333"}' in found  # tool-call arguments
    assert "resultaat voor Piet" in found  # tool results
    assert BSN in found  # free text in "user" is not skipped
    assert not {"gpt-4o", "call_abc", "system", "user", "text", "function"} & set(found)


def test_metadata_key_with_free_text_is_still_screened() -> None:
    # A BSN put in an id field does not look like an identifier, so it is screened.
    body = {"model": "gpt-4o", "id": BSN, "type": "bel Jan op 0612345678"}
    assert set(texts("application/json", json.dumps(body).encode())) == {
        BSN,
        "bel Jan op 0612345678",
    }


def test_responses_input_anthropic_system_and_gemini_parts() -> None:
    responses = {"model": "gpt-4.1", "input": [{"role": "user", "content": "vraag 1"}]}
    anthropic = {"model": "claude", "system": "systeemprompt", "messages": []}
    gemini = {"contents": [{"role": "user", "parts": [{"text": "gemini vraag"}]}]}
    assert texts("application/json", json.dumps(responses).encode()) == ["vraag 1"]
    assert texts("application/json", json.dumps(anthropic).encode()) == ["systeemprompt"]
    assert texts("application/json", json.dumps(gemini).encode()) == ["gemini vraag"]


def test_base64_images_are_skipped_and_base64_text_is_screened_read_only() -> None:
    text_b64 = base64.b64encode(f"BSN {BSN}".encode()).decode()
    body = {
        "contents": [
            {"parts": [{"inline_data": {"mime_type": "image/png", "data": "iVBORw0KGgo="}}]},
            {"parts": [{"inlineData": {"mimeType": "text/plain", "data": text_b64}}]},
            {"parts": [{"text": "data:image/jpeg;base64,/9j/4AAQ"}]},
        ]
    }
    segments = extract_body("application/json", json.dumps(body).encode()).segments
    assert [(s.text, s.rewritable) for s in segments] == [(f"BSN {BSN}", False)]


def test_json_rebuild_replaces_only_the_given_paths_and_stays_valid() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": 'Jan "de" Vries'}]}
    extraction = extract_body("application/json", json.dumps(body).encode())
    (segment,) = extraction.segments
    rebuilt = json.loads(extraction.rebuild({segment.path: "[PERSOON_1]"}))
    assert rebuilt == {"model": "m", "messages": [{"role": "user", "content": "[PERSOON_1]"}]}


def test_invalid_json_is_unparseable_without_quoting_the_body() -> None:
    with pytest.raises(UnparseableBodyError) as error:
        extract_body("application/json", b'{"content": "Jan Jansen", ')
    assert "Jan" not in str(error.value)


def test_deeply_nested_json_does_not_crash() -> None:
    body = ("[" * 5000) + '"diep"' + ("]" * 5000)
    try:
        found = texts("application/json", body.encode())
    except UnparseableBodyError:
        return  # refusing (fail closed) is fine; crashing is not
    assert found == ["diep"]


def test_form_fields_and_json_nested_in_a_field() -> None:
    body = b"q=Jan+Jansen&payload=%7B%22prompt%22%3A%22bel+0612345678%22%7D&empty="
    extraction = extract_body("application/x-www-form-urlencoded; charset=utf-8", body)
    assert [s.text for s in extraction.segments] == ["Jan Jansen", "bel 0612345678"]
    rebuilt = extraction.rebuild(
        {("form", 0): "[PERSOON_1]", ("form", 1, "json", "prompt"): "bel [TELEFOON_1]"}
    )
    assert rebuilt == (
        b"q=%5BPERSOON_1%5D&payload=%7B%22prompt%22%3A%22bel+%5BTELEFOON_1%5D%22%7D&empty="
    )


def _multipart(*parts: tuple[str, bytes]) -> bytes:
    out = b""
    for head, content in parts:
        out += b"--B0UND\r\n" + head.encode() + b"\r\n\r\n" + content + b"\r\n"
    return out + b"--B0UND--\r\n"


def test_multipart_text_fields_text_files_and_images() -> None:
    body = _multipart(
        ('Content-Disposition: form-data; name="prompt"', b"Schrijf Jan"),
        (
            'Content-Disposition: form-data; name="f"; filename="a.txt"\r\n'
            "Content-Type: text/plain",
            b"notitie over Piet",
        ),
        (
            'Content-Disposition: form-data; name="img"; filename="a.png"\r\n'
            "Content-Type: image/png",
            b"\x89PNG\r\n\x00\xff",
        ),
    )
    extraction = extract_body("multipart/form-data; boundary=B0UND", body)
    assert [s.text for s in extraction.segments] == ["Schrijf Jan", "notitie over Piet"]
    assert extraction.rebuild({}) == body
    rebuilt = extraction.rebuild({("part", 1): "notitie over [PERSOON_1]"})
    assert b"notitie over [PERSOON_1]\r\n--B0UND" in rebuilt
    assert b"\x89PNG\r\n\x00\xff" in rebuilt


def test_multipart_docx_text_is_screened_but_not_rewritable() -> None:
    document = docx.Document()
    document.add_paragraph(f"Dossier van Jan, BSN {BSN}")
    buffer = io.BytesIO()
    document.save(buffer)
    body = _multipart(
        (
            'Content-Disposition: form-data; name="file"; filename="dossier.docx"\r\n'
            "Content-Type: application/octet-stream",
            buffer.getvalue(),
        )
    )
    (segment,) = extract_body("multipart/form-data; boundary=B0UND", body).segments
    assert BSN in segment.text
    assert segment.rewritable is False


def test_unknown_binary_upload_is_unparseable() -> None:
    body = _multipart(
        ('Content-Disposition: form-data; name="f"; filename="x.bin"', b"\xff\xfe\x00binary")
    )
    with pytest.raises(UnparseableBodyError):
        extract_body("multipart/form-data; boundary=B0UND", body)
    with pytest.raises(UnparseableBodyError):
        extract_body("application/octet-stream", b"\xff\xfe\x00\x01")


def test_plain_text_and_images_and_empty_bodies() -> None:
    assert texts("text/plain", b"hallo Jan") == ["hallo Jan"]
    assert texts("image/png", b"\x89PNG\xff") == []
    assert texts("application/json", b"") == []


def test_websocket_signalr_records_and_plain_text() -> None:
    message = '{"type":1,"target":"chat","arguments":[{"text":"hoi Jan"}]}\x1e{"type":6}\x1e'
    extraction = extract_websocket_text(message)
    (segment,) = extraction.segments
    assert segment.text == "hoi Jan"
    rebuilt = extraction.rebuild({segment.path: "hoi [PERSOON_1]"}).decode()
    first, second, tail = rebuilt.split("\x1e")
    assert json.loads(first)["arguments"][0]["text"] == "hoi [PERSOON_1]"
    assert (json.loads(second), tail) == ({"type": 6}, "")
    assert [s.text for s in extract_websocket_text("gewoon tekst").segments] == ["gewoon tekst"]


def test_join_and_split_round_trip_and_detect_a_swallowed_separator() -> None:
    segments = extract_body(
        "application/json", json.dumps({"a": "een", "b": "twee", "c": "drie"}).encode()
    ).segments
    joined = join_segments(segments)
    assert split_joined(joined, 3) == ["een", "twee", "drie"]
    # A redaction spanning "een" and "twee" removes the separator between them.
    start, end = joined.index("een"), joined.index("twee") + len("twee")
    swallowed = joined[:start] + "[PERSOON_1]" + joined[end:]
    assert split_joined(swallowed, 3) is None

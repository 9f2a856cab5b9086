"""URL query parameters as prompt text: extraction and correctly encoded redaction (pure)."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

import pytest

from gateway.extract import Path, UnparseableBodyError, extract_request
from gateway.extract.query import QueryParameters


def test_every_parameter_value_is_decoded_into_a_segment() -> None:
    query = QueryParameters("q=mijn+BSN+is%20111222333&prompt=Hoi%21&lang=nl")
    assert [segment.text for segment in query.segments] == [
        "mijn BSN is 111222333",
        "Hoi!",
        "nl",
    ]
    assert [segment.path for segment in query.segments] == [
        ("query", 0),
        ("query", 1),
        ("query", 2),
    ]


def test_bare_flags_and_empty_values_carry_no_text() -> None:
    assert QueryParameters("debug&q=&x=%20").segments == []
    assert QueryParameters("").segments == []


def test_redaction_re_encodes_only_the_changed_parameter() -> None:
    query = QueryParameters("ref=a%2Fb+c&q=mail+jan%40example.nl&_=17")
    rebuilt = query.rebuild_query({("query", 1): "mail [EMAIL_ADDRESS_1] & co=ja ë"})
    ref, q, stamp = rebuilt.split("&")
    assert ref == "ref=a%2Fb+c" and stamp == "_=17"  # untouched bytes stay exactly as sent
    assert parse_qsl(rebuilt) == [
        ("ref", "a/b c"),
        ("q", "mail [EMAIL_ADDRESS_1] & co=ja ë"),
        ("_", "17"),
    ]
    assert q.isascii() and " " not in q


def test_json_inside_a_parameter_is_walked_and_rebuilt() -> None:
    variables = json.dumps({"input": {"text": "Bel 06-12345678"}, "id": 7})
    query = QueryParameters(f"variables={variables}".replace(" ", "+"))
    (segment,) = query.segments
    assert segment.text == "Bel 06-12345678"
    rebuilt = query.rebuild_query({segment.path: "Bel [PHONE_NUMBER_1]"})
    ((name, value),) = parse_qsl(rebuilt)
    assert name == "variables"
    assert json.loads(value) == {"input": {"text": "Bel [PHONE_NUMBER_1]"}, "id": 7}


def test_invalid_percent_encoding_cannot_be_screened() -> None:
    with pytest.raises(UnparseableBodyError):
        QueryParameters("q=%FF%FE")


def test_request_screens_query_and_body_together_and_rewrites_each_only_when_changed() -> None:
    body = json.dumps({"messages": [{"role": "user", "content": "Hallo"}]}).encode()
    request = extract_request("/v1/chat?user_note=bel+0612345678", "application/json", body)
    assert [s.text for s in request.segments] == ["bel 0612345678", "Hallo"]
    query_path, body_path = (s.path for s in request.segments)
    assert query_path == ("query", 0) and body_path[0] == "body"

    only_query: dict[Path, str] = {query_path: "bel [PHONE_NUMBER_1]"}
    assert request.rebuild_target(only_query) == "/v1/chat?user_note=bel+%5BPHONE_NUMBER_1%5D"
    assert not request.body_changes(only_query)

    only_body: dict[Path, str] = {body_path: "Dag"}
    assert request.rebuild_target(only_body) is None
    assert request.body_changes(only_body)
    assert json.loads(request.rebuild(only_body))["messages"][0]["content"] == "Dag"


def test_target_without_query_and_empty_body_has_nothing_to_screen() -> None:
    request = extract_request("/c/abc-123", "", b"")
    assert request.segments == []
    assert request.rebuild_target({}) is None

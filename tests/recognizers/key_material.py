"""Fake key material for the secret recognizer tests: realistic shapes, never real keys."""

from __future__ import annotations

import base64
import json
import random
import string

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
BASE64 = ALNUM + "+/"


class RandomText:
    """Random strings from a fixed seed, so that every run tests the same values."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def __call__(self, length: int, alphabet: str = ALNUM) -> str:
        return "".join(self._rng.choice(alphabet) for _ in range(length))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url_json(obj: dict[str, str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

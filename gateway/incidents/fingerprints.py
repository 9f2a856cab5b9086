"""Keyed fingerprints of found values, so the CISO can see that the same value was sent twice.

A fingerprint is HMAC-SHA256(key, type + value in normal form), truncated. Without the key it
reveals nothing, not even for small value spaces such as BSNs; whoever holds the key can test
guesses, so the key is as sensitive as the values themselves (see the CISO section of README.md).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Final

FINGERPRINT_HEX_CHARS: Final = 16  # 64 bits: collisions are negligible at incident-log volumes

_NON_DIGITS = re.compile(r"\D+")
_NON_ALNUM = re.compile(r"[^0-9A-Z]+")
_SPACES = re.compile(r"\s+")


def _digits(value: str) -> str:
    return _NON_DIGITS.sub("", value)


def _alnum_upper(value: str) -> str:
    return _NON_ALNUM.sub("", value.upper())


def _phone(value: str) -> str:
    digits = _digits(value)
    # +31 6 ..., 0031 6 ... and 06 ... are the same number
    for prefix in ("0031", "31"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 9:
            return "0" + digits[len(prefix) :]
    return digits


def _text(value: str) -> str:
    return _SPACES.sub(" ", value).strip().casefold()


_NORMALISERS: Final[dict[str, Callable[[str], str]]] = {
    "NL_BSN": _digits,
    "IBAN_CODE": _alnum_upper,
    "NL_POSTCODE": _alnum_upper,
    "NL_LICENSE_PLATE": _alnum_upper,
    "NL_ID_DOCUMENT": _alnum_upper,
    "PHONE_NUMBER": _phone,
    "EMAIL_ADDRESS": lambda value: _SPACES.sub("", value).casefold(),
}


def normalise(entity_type: str, value: str) -> str:
    """The form in which two spellings of the same value compare equal (``123.456.782`` = BSN)."""
    value = unicodedata.normalize("NFKC", value)
    return _NORMALISERS.get(entity_type, _text)(value)


def fingerprint(key: bytes, entity_type: str, value: str) -> str:
    """``TYPE:hex`` fingerprint of one value; the type is part of the MAC input and the label."""
    message = f"{entity_type}\x1f{normalise(entity_type, value)}".encode()
    digest = hmac.new(key, message, hashlib.sha256).hexdigest()
    return f"{entity_type}:{digest[:FINGERPRINT_HEX_CHARS]}"


def fingerprints(key: bytes, findings: Iterable[tuple[str, str]]) -> list[str]:
    """Unique fingerprints of the findings, in order of first appearance."""
    unique = dict.fromkeys(fingerprint(key, entity_type, value) for entity_type, value in findings)
    return list(unique)

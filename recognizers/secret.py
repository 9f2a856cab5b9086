"""SECRET: credentials pasted into a prompt (API keys, tokens, passwords, private keys).

Formats (vendor documentation and the public rule sets of gitleaks / GitHub secret scanning)
- vendor keys with a fixed prefix: OpenAI ``sk-`` / ``sk-proj-``, Anthropic ``sk-ant-``, Stripe
  ``sk_live_`` / ``rk_live_``, AWS access key id ``AKIA``/``ASIA`` + 16, GitHub ``ghp_`` /
  ``gho_`` / ``ghu_`` / ``ghs_`` / ``ghr_`` / ``github_pat_``, GitLab ``glpat-``, Slack
  ``xox[bpars]-`` and webhook URLs, Google ``AIza`` + 35;
- JSON Web Tokens ``eyJ...``.``eyJ...``.``...`` (the header must decode to JSON with ``alg``);
- PEM / PGP private key blocks: the span is the whole block (or header plus body when the END
  line was not pasted);
- values after a cue: ``wachtwoord: ...``, ``password=...``, ``pwd=``, ``ww:``, ``"password":
  "..."``, ``DB_PASSWORD=``, ``wachtwoord is ...``, ``api-key: ...`` (Azure OpenAI / Cognitive
  Services 32-hex keys), ``aws_secret_access_key = ...``, ``Authorization: Bearer ...``. The span
  is the value only;
- a password-shaped value right after or a few words after a password cue ("ww Koffie!Auto23",
  "een tijdelijk wachtwoord gestuurd, Welkom01!Tmp", "mijn wachtwoord voor Citrix is
  Zomer2026!!"): only letters between cue and value, and the value must look like a password
  policy's output (letters, digits and a special character such as ``!`` or ``#``), as product
  names ("Office 365") do not;
- a generated password right after its cue without ``:`` ("wachtwoord YYZYn9ZhyiA4uoRgna"):
  both cases and a digit followed by a letter, which "Office365" does not have;
- a value after a key variable name and a space, as copied from a settings screen
  ("client_secret Qk7~x8V.nR2p..."): digits and letters mixed inside the value;
- a PIN or door code after its cue and "is" / "luidt" / ":" ("de pincode van de printer luidt
  4471", "toegangscode: 2580#"): four to eight digits, the only all-digit secrets reported;
- key and token cues in prose: "API key: ...", "het token is ...", "Nieuwe API-sleutel: ...";
- a credential command-line option (``--password ...``, ``--account-key ...``);
- an Azure SAS signature (``sig=`` in a blob URL) and the string of PowerShell's
  ``ConvertTo-SecureString "..."``;
- credentials inside a connection string or URL (``postgres://user:pass@host/db``,
  ``Server=...;User Id=...;Password=...;``, Azure ``DefaultEndpointsProtocol=...;AccountKey=...``,
  Service Bus ``SharedAccessKey=``): the span is the whole connection string.

False positives are pruned in ``invalidate_result``: placeholders (``YOUR_API_KEY``, ``xxxx``,
``********``, ``${OPENAI_API_KEY}``, ``<token>``, AWS' documented ``...EXAMPLE`` keys) and values
that do not look random enough (a secret has letters and digits, or three character classes,
and some entropy). Bare hex hashes and UUIDs are never matched without a key cue.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections import Counter
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from recognizers._fast import GatedPatternRecognizer

# Cue words; the negative lookbehind allows identifiers such as DB_PASSWORD or "db.pwd".
_PASSWORD_CUE = r"(?<![A-Za-z])(?i:wachtwoord|password|passwd|passphrase|pwd|ww|pw|(?<=[_.])pass)"
_KEY_CUE = (
    r"(?<![A-Za-z])(?i:x-api-key|api[ _-]?key|apikey|api[_-]?token|access[_-]?token|auth[_-]?token"
    r"|secret[_-]?key|secret[_-]?access[_-]?key|client[_-]?secret|subscription[_-]?key"
    r"|ocp-apim-subscription-key|account[_-]?key|private[_-]?token|api[ _-]?sleutel|sleutel|secret"
    r"|token)"
)
# `key: value`, `key=value`, `"key": "value"`; \K drops the cue from the reported span.
_ASSIGN = r"[\"']?[ \t]*[:=][ \t]*[\"']?\K"
# A password value: no spaces or quotes, not starting with a bracket (``[verborgen]``), no
# trailing sentence punctuation.
_VALUE = r"(?=[^\s\"'`<>;&(\[{]{6})[^\s\"'`<>;&(\[{]*[^\s\"'`<>;&.,)\]}]"
# A value that a password policy would accept: letters, a digit and a special character that
# product and file names do not contain (``-``, ``.``, ``/`` and ``_`` do not count).
_POLICY_VALUE = r"(?=[^\s]*\d)(?=[^\s]*[A-Za-z])(?=[^\s]*[!@#$%^&*+=~])(?=\S{8})" + _VALUE
# Up to seven words of letters (and hyphens) between cue and value: no digits, no sentence
# end.
_WORDS_BETWEEN = r"(?:[ \t]+\p{L}[\p{L}-]*[,:]?){0,7}[ \t]+\K"
# After a key or token cue: `key: value` as _ASSIGN, or in prose up to three words and a colon,
# "is" or "luidt" ("API key voor productie: ...", "het token is ...").
_KEY_ASSIGN = (
    r"(?:[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"|(?:[ \t]+\p{L}+){0,3}?(?:[ \t]*[:=]|[ \t]+(?i:is|luidt|was|wordt)[ \t]*:?)[ \t]*)\K"
)
# PIN and door-code cues; at most eight words (no sentence end) before "is" / "luidt" / ":".
_PIN_CUE = (
    r"(?<![A-Za-z])(?i:pin(?:[ -]?code)?|toegangscode|deurcode|alarmcode|kluiscode|codeslot"
    r"|pukcode|access[ -]code|door[ -]code)"
)
_PIN_VALUE = r"[ \t]*\K[*#]?\d{4,8}[*#]?(?![\d\-/:]|[.,]\d)"
_PIN_FRAME = r"(?:[ \t]+[^\s.!?]+){0,8}?(?:[ \t]*:|[ \t]+(?i:is|luidt|was|wordt)[ \t]*:?)"
_ALL_DIGIT_PIN = re.compile(r"[*#]?\d{4,8}[*#]?")
_TOKEN_VALUE = r"[A-Za-z0-9_\-+/.~]{15,}[A-Za-z0-9_\-+/=]"
# Ten or more letters and digits with both cases and a digit followed by a letter.
_GENERATED_VALUE = (
    r"(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d[A-Za-z])[A-Za-z0-9]{10,64}"
    r"(?![\w!@#$%^&*+=~])"
)
_PEM_LABEL = r"-----(?:BEGIN|END)[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"

_PLACEHOLDER_MARKS = (
    "your",
    "example",
    "voorbeeld",
    "placeholder",
    "redacted",
    "dummy",
    "invullen",
    "xxxx",
    "****",
    "....",
    "${",
    "{{",
    "environ",
    "getenv",
    "process.env",
    "$env:",
)
_EMBEDDED_SECRET = re.compile(
    r"://[^\s:/@]+:(?P<value>[^\s@/]+)@|(?i:password|pwd|accountkey|sharedaccesskey)=(?P<kv>[^;]+)"
)
_PLACEHOLDER_PASSWORDS = {"password", "wachtwoord", "passwd", "pwd", "secret"}


class SecretRecognizer(GatedPatternRecognizer):
    """Recognizes API keys, tokens, passwords, private keys and credentials in URLs."""

    ENTITY = "SECRET"
    # Case-sensitive: key prefixes are; cue words opt in with (?i:...).
    REGEX_FLAGS = re.DOTALL | re.MULTILINE

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "OpenAI/Anthropic API key",
            r"\bsk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}",
            0.9,
        ),
        Pattern("Stripe secret key", r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}", 0.9),
        Pattern("AWS access key id", r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b", 0.9),
        Pattern(
            "GitHub token", r"\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}", 0.95
        ),
        Pattern("GitLab token", r"\bglpat-[A-Za-z0-9_\-]{20,}", 0.95),
        Pattern("Slack token", r"\bxox[bpars]-[A-Za-z0-9\-]{10,}", 0.9),
        Pattern(
            "Slack webhook",
            r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}",
            0.9,
        ),
        Pattern("Google API key", r"\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", 0.9),
        Pattern(
            "JSON Web Token",
            r"\beyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{10,}",
            0.8,
        ),
        Pattern(
            "Private key block",
            r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----.*?" + _PEM_LABEL,
            1.0,
        ),
        Pattern(
            "Private key block without END line",
            r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"
            r"(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/=]{16,})+",
            0.95,
        ),
        Pattern(
            "URL with credentials",
            r"\b[A-Za-z][A-Za-z0-9+.\-]{1,20}://[^\s:/@\"'<>]+:[^\s/@\"'<>]+@"
            r"[^\s/\"'<>]*[^\s/\"'<>.,;:)\]](?:/[^\s\"'<>]*[^\s\"'<>.,;:)\]])?",
            0.85,
        ),
        Pattern(
            "Connection string with password",
            r"\b(?i:server|data source|host|address)=[^;\r\n]+;(?:[^;\r\n]*;){0,12}?"
            r"[ \t]*(?i:password|pwd)=[^;\r\n]+;?",
            0.9,
        ),
        Pattern(
            "Azure connection string with key",
            r"\bDefaultEndpointsProtocol=https?;(?:[^;\s]+;)*?AccountKey=[A-Za-z0-9+/]{20,}={0,2}"
            r"(?:;[A-Za-z]+=[^;\s]+)*;?"
            r"|\bEndpoint=sb://[^;\s]+;SharedAccessKeyName=[^;\s]+;SharedAccessKey=[A-Za-z0-9+/]{20,}={0,2}",
            0.95,
        ),
        Pattern("Password after cue", _PASSWORD_CUE + _ASSIGN + _VALUE, 0.85),
        # One regex for both forms after a cue word, so the cue is searched for only once.
        Pattern(
            "Password after 'is' or a few words after cue",
            r"(?<![A-Za-z])(?i:wachtwoord|password|passwd|pwd|pass|ww|pw)"
            r"(?:[ \t]+(?i:is|was|luidt|wordt)[ \t]*:?[ \t]*\K"
            + _VALUE
            + r"|\b"
            + _WORDS_BETWEEN
            + _POLICY_VALUE
            + ")",
            0.7,
        ),
        # A generated password right after its cue, without ":" ("gebruiker beheer_gem,
        # wachtwoord YYZYn9ZhyiA4uoRgna"): upper and lower case and a digit inside the value, as
        # product names ("wachtwoord Office365") do not have.
        Pattern(
            "Generated password right after cue",
            r"(?<![A-Za-z])(?i:wachtwoord|password|passwd|pwd|ww|pw)[ \t]+\K" + _GENERATED_VALUE,
            0.7,
        ),
        Pattern("PIN or door code after cue", _PIN_CUE + _PIN_FRAME + _PIN_VALUE, 0.7),
        Pattern("Key or token after cue", _KEY_CUE + _KEY_ASSIGN + _TOKEN_VALUE, 0.8),
        # A variable name, a space and its value, as pasted from a settings screen
        # ("client_secret Qk7~x8V.nR2pL_..."): digits and letters mixed inside the value (a
        # word with a year, "api-key rotatieschema2026", is not generated).
        Pattern(
            "Value after a key variable name",
            r"(?<=[A-Za-z0-9][_-])(?i:secret|key|token)[ \t]+\K"
            r"(?=\S*\d[A-Za-z])(?=\S*[A-Za-z]\d)" + _TOKEN_VALUE,
            0.8,
        ),
        Pattern(
            "Credential command-line option",
            r"(?<![\w-])--?(?i:password|passwd|pwd|pass|token|api[_-]?key|account[_-]?key|secret"
            r"|client[_-]secret|sas[_-]token|access[_-]token|auth[_-]token)(?:[ \t]+|=)[\"']?\K"
            + _VALUE,
            0.8,
        ),
        Pattern(
            "Azure SAS signature", r"[?&]sig=\K(?=[A-Za-z0-9%+/]{20})[A-Za-z0-9%+/]+={0,2}", 0.85
        ),
        Pattern(
            "PowerShell secure string",
            r"(?i:ConvertTo-SecureString)[ \t]+(?:-String[ \t]+)?[\"']\K[^\"'\s]{6,}(?=[\"'])",
            0.85,
        ),
        Pattern("Bearer token", r"(?<![A-Za-z])(?i:bearer)[ \t]+\K[A-Za-z0-9_\-.~+/]{16,}=*", 0.8),
    )

    # Per pattern, substrings that every match contains (see recognizers._fast); keep in step
    # with PATTERNS. Lower-case ones are searched case-insensitively.
    PATTERN_TRIGGERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "OpenAI/Anthropic API key": ("sk-",),
        "Stripe secret key": ("k_live_", "k_test_"),
        "AWS access key id": ("AKIA", "ASIA", "ABIA", "ACCA"),
        "GitHub token": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
        "GitLab token": ("glpat-",),
        "Slack token": ("xox",),
        "Slack webhook": ("hooks.slack.com",),
        "Google API key": ("AIza",),
        "JSON Web Token": ("eyJ",),
        "Private key block": ("-----BEGIN",),
        "Private key block without END line": ("-----BEGIN",),
        "URL with credentials": ("://",),
        "Connection string with password": ("password=", "pwd="),
        "Azure connection string with key": ("AccountKey=", "SharedAccessKey="),
        "Password after cue": ("wachtwoord", "passw", "passphrase", "pw", "ww", "_pass", ".pass"),
        # Every form has a space or tab after the cue word.
        "Password after 'is' or a few words after cue": (
            "wachtwoord",
            "password",
            "passwd ",
            "pwd ",
            "pass ",
            "ww ",
            "pw ",
            "passwd\t",
            "pwd\t",
            "pass\t",
            "ww\t",
            "pw\t",
        ),
        "Generated password right after cue": (
            *("wachtwoord", "password", "passwd ", "pwd ", "ww ", "pw "),
            *("passwd\t", "pwd\t", "ww\t", "pw\t"),
        ),
        "Value after a key variable name": ("secret", "key", "token"),
        "PIN or door code after cue": (
            "pincode",
            "pin-code",
            "pin code",
            "pin:",
            "pin ",
            "pin\t",
            "toegangscode",
            "deurcode",
            "alarmcode",
            "kluiscode",
            "codeslot",
            "pukcode",
            "access code",
            "access-code",
            "door code",
            "door-code",
        ),
        "Key or token after cue": ("key", "token", "secret", "sleutel"),
        "Credential command-line option": ("-p", "-t", "-a", "-s", "-c"),
        "Azure SAS signature": ("sig=",),
        "PowerShell secure string": ("convertto-securestring",),
        "Bearer token": ("bearer",),
    }

    # How far before a trigger a match can start (see recognizers._fast): a key cue before its
    # "key" ("ocp-apim-subscription-key"), the "--" of an option, nothing before a PIN cue, the
    # scheme before "://".
    START_REACH: ClassVar[dict[str, int]] = {
        "Key or token after cue": len("ocp-apim-subscription-"),
        "Credential command-line option": len("-"),
        "PIN or door code after cue": 0,
        "Generated password right after cue": 0,
        "Value after a key variable name": 0,
        "URL with credentials": len("a") + 20,
    }

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "wachtwoord",
        "password",
        "sleutel",
        "key",
        "token",
        "secret",
        "geheim",
        "credentials",
        "inloggegevens",
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        """A JWT is only a JWT when its header decodes to a JSON object with an algorithm."""
        if not pattern_text.startswith("eyJ") or pattern_text.count(".") != 2:
            return None
        header = pattern_text.split(".", 1)[0]
        try:
            decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return False
        return isinstance(decoded, dict) and "alg" in decoded

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop placeholders, empty key blocks and values that are not random enough."""
        if pattern_text.startswith("-----BEGIN"):
            body = re.sub(_PEM_LABEL, "", pattern_text)
            return len(re.findall(r"[A-Za-z0-9+/]", body)) < 64
        # URLs and connection strings: judge the password inside, not the whole string.
        embedded = _EMBEDDED_SECRET.search(pattern_text)
        if embedded and ("://" in pattern_text or ";" in pattern_text):
            value = embedded.group("value") or embedded.group("kv")
            return _is_placeholder(value) or value.lower() in _PLACEHOLDER_PASSWORDS
        if _ALL_DIGIT_PIN.fullmatch(pattern_text):
            return False  # only the PIN pattern yields a short all-digit value
        return _is_placeholder(pattern_text) or not _looks_random(pattern_text)


def _is_placeholder(value: str) -> bool:
    lowered = value.lower()
    return any(mark in lowered for mark in _PLACEHOLDER_MARKS) or value.endswith("EXAMPLE")


def _looks_random(value: str) -> bool:
    """Letters and digits, or three character classes, and at least 2.5 bits of entropy per
    character: 'Welkom123!' and API keys pass, 'zie-bijlage' and 'aaaa1111' do not."""
    lower = any(c.islower() for c in value)
    upper = any(c.isupper() for c in value)
    digit = any(c.isdigit() for c in value)
    symbol = any(not c.isalnum() for c in value)
    if not (((lower or upper) and digit) or lower + upper + digit + symbol >= 3):
        return False
    counts = Counter(value)
    entropy = -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())
    return entropy >= 2.5


RECOGNIZERS = (SecretRecognizer,)

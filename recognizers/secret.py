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

- config and tool notations (recognizers/secret.py's second half; tests in
  tests/recognizers/test_secret_families.py): quoted values after a password key (``"pass":
  "..."``), camelCase keys (``rootPassword:``, ``clientSecret=``), XML elements and settings
  (``<password>``, ``<add key="ApiKey" value="..."/>``), key material (WireGuard ``PrivateKey``,
  ``wpa_psk``, ``validationKey``), password options of known commands (``mysql -p...``,
  ``sshpass -p``, ``sqlcmd -P``, ``ldapsearch -w``, ``redis-cli -a``, ``docker login -p``,
  ``net use /user:``, ``xfreerdp /p:``, ``openssl -passin pass:``, Oracle ``user/pass@db``),
  ``curl -u user:pass``, ``Authorization:`` header values (Basic, Token, ...), Redis
  ``requirepass``, ``redis://:pass@host``, "inlog: jan / Welkom01", a password a few words
  before "is" ("het wachtwoord van gebruiker beheer is Kast2026"), a door or safe code ("de
  code van de sleutelkast is 7395"), base64-encoded private keys (a Kubernetes ``tls.key``),
  PuTTY and OpenVPN static keys, Azure client secrets (``...8Q~...``), Azure Functions
  ``?code=`` keys and vendor prefixes (npm, PyPI, SendGrid, Twilio, Vault, Google OAuth, Hugging
  Face, DigitalOcean, Atlassian, Databricks, Slack app, Telegram bot).

- credentials as staff write them in prose and chat (tests in
  tests/recognizers/test_secret_prose_families.py): "login is jan / Tulp&Molen#1987", "user:
  admin pass: ...", "ww van de teamsite is nu ...", "ik log in met pvdberg en ...", a password
  before its verb ("ik heb Lente2024!wmo ingevuld"), Wi-Fi and network keys ("wifi code voor
  bezoekers: ...", "netwerksleutel ... is ..."), quoted passwords with spaces, the first
  password-shaped cell below a password column of a CSV, tab or Markdown table, recovery codes,
  TOTP seeds and BitLocker keys after their cue, a PIN typed on a keypad ("toets 2468 in") and a
  lock a few words before "code" ("deur archief gaat open met code 3917#").

Decisions: a PIN or door code after its cue is a secret; every ``Authorization: Basic`` value
is taken as a credential (it is ``user:password`` in base64); well-known defaults
(``changeme``, ``changeit``), variable references (``%DB_PASS%``, ``$SSHPASS``) and file paths
(``pwd: /var/www/app2``) are not; public material (``ssh-rsa AAAA...``, certificates, also
base64-encoded in a ``tls.crt``) never is.

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
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import GatedPatternRecognizer, Window, merge
from recognizers._gate import SHARED_TRIGGERS

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
# product and file names do not contain (``-``, ``.``, ``/`` and ``_`` do not count). Unlike a
# value after ``key=``, it may hold ``&`` ("Tulp&Molen#1987"): prose has no query strings.
_POLICY_VALUE = (
    r"(?=[^\s]*\d)(?=[^\s]*[A-Za-z])(?=[^\s]*[!@#$%^&*+=~])(?=\S{8})"
    r"(?=[^\s\"'`<>;(\[{]{6})[^\s\"'`<>;(\[{]*[^\s\"'`<>;&.,)\]}]"
)
# Up to seven words of letters (and hyphens) between cue and value: no digits, no sentence
# end.
_WORDS_BETWEEN = r"(?:[ \t]+\p{L}[\p{L}-]*[,:]?){0,7}[ \t]+\K"
# After a key or token cue: `key: value` as _ASSIGN, or in prose up to three words and a colon,
# "is" or "luidt" ("API key voor productie: ...", "het token is ...").
_KEY_ASSIGN = (
    r"(?:[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"|(?:[ \t]+\p{L}+){0,5}?(?:[ \t]*[:=]|[ \t]+(?i:is|luidt|was|wordt)[ \t]*:?)[ \t]*)\K"
)
# PIN and door-code cues; at most eight words (no sentence end) before "is" / "luidt" / ":".
_PIN_CUE = (
    r"(?<![A-Za-z])(?i:pin(?:[ -]?code)?|toegangscode|deurcode|alarmcode|kluiscode|codeslot"
    r"|pukcode|access[ -]code|door[ -]code)"
)
_PIN_VALUE = r"[ \t]*\K[*#]?\d{4,8}[*#]?(?![\d\-/:]|[.,]\d)"
_PIN_FRAME = r"(?:[ \t]+[^\s.!?]+){0,8}?(?:[ \t]*:|[ \t]+(?i:is|luidt|was|wordt)[ \t]*:?)"
_ALL_DIGIT_PIN = re.compile(r"[*#]?\d{4,8}[*#]?")
# Client secrets may hold ``!``, ``#``, ``%``, ``^`` and ``*`` ("9fK2x!Lq7Rz0...").
_TOKEN_VALUE = r"[A-Za-z0-9_\-+/.~!#%^*]{15,}[A-Za-z0-9_\-+/=!#%^*]"
# Ten or more letters and digits with both cases and a digit followed by a letter.
_GENERATED_VALUE = (
    r"(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d[A-Za-z])[A-Za-z0-9]{10,64}"
    r"(?![\w!@#$%^&*+=~])"
)
_PEM_LABEL = r"-----(?:BEGIN|END)[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"

# Config notations (families: XML, .NET appSettings, quoted JSON/YAML values, command lines,
# HTTP headers, "user / password" prose). A key name ends in one of these cue words; a bare
# "key" does not count ("CacheKey").
_CONFIG_KEY_CUE = (
    r"(?i:password|passwd|pwd|wachtwoord|secret|api[_-]?key|access[_-]?key|token|passphrase)"
)
# A quoted value (may hold ``&`` and ``;``, which end an unquoted one): up to the same quote.
_QUOTED_VALUE = r"(?![\[{(])(?=[^\"'\s]{6})[^\"'\s<>]+(?=[\"'])"
# Password options of commands that take the password itself: ``mysql -pGeheim``, ``sshpass
# -p``, ``redis-cli -a``, ``docker login -p``, ``openssl -passin pass:``, ``net use
# /user:DOMEIN\\jan Geheim``, ``net user jan Geheim /add``, ``ConvertTo-SecureString
# -AsPlainText '...'``.
_COMMAND_PASSWORD = (
    r"(?:\b(?:mysql|mariadb)[\w-]*[^\n|;&]*?[ \t]-p[\"']?\K(?=[^\s\"'])"
    r"|\bsshpass[ \t]+-p[ \t]*[\"']?\K"
    r"|\b(?:sqlcmd|bcp|mosquitto_\w+)\b[^\n|;&]*?[ \t]-P[ \t]*[\"']?\K"
    r"|\bldap\w+\b[^\n|;&]*?[ \t]-w[ \t]+[\"']?\K"
    r"|\bmongo\w*\b[^\n|;&]*?[ \t]-p[ \t]+[\"']?\K"
    r"|\b[xw]freerdp\b[^\n|;&]*?[ \t]/p:\K"
    r"|\bsmbclient\b[^\n|;&]*?[ \t]-U[ \t]*[\"']?[^\s%\"']+%\K"
    r"|\bredis-cli\b[^\n|;&]*?[ \t]-a[ \t]+[\"']?\K"
    r"|\b(?:docker|podman|oc|skopeo|az|helm[ \t]+registry)[ \t]+login\b[^\n|;&]*?"
    r"[ \t]-p[ \t]+[\"']?\K"
    r"|(?<![\w-])-pass(?:in|out)?[ \t]+pass:\K"
    r"|\b(?i:net)[ \t]+(?i:use)[ \t][^\n]*?/(?i:user):\S+[ \t]+\K(?![/*])"
    r"|\b(?i:net)[ \t]+(?i:user)[ \t]+[^\s/]+[ \t]+\K(?![/*])"
    r"|(?i:ConvertTo-SecureString)(?:[ \t]+-\w+)+[ \t]+[\"']\K"
    r")"
    r"(?=[^\s\"'`]{4})[^\s\"'`]+"
)
# "inlog: jan / Welkom01", "login: admin / Adm1nPortal": a user name, a slash, the password.
# "user: admin pass: Adm1n!2024": a password cue after the user name, instead of a slash.
_SECOND_PASSWORD_CUE = r"(?i:wachtwoord|password|pass|pwd|pw|ww)(?![A-Za-z])[ \t]*[:=]?"
_WIFI_TRIGGERS = ("wifi", "wi-fi", "wlan", "netwerk", "gast", "wpa")
_LOGIN_CUE = (
    r"(?<![A-Za-z])(?i:inlog(?:gegevens|naam)?|login|logon|account|credentials|creds"
    r"|gebruiker(?:snaam)?|username|user)"
)
# "sleutelkastcode is 9921", "serverruimte: code 4471#": "code" right after a lockable thing (a
# Dutch compound head or the word before it), with or without "is" / ":".
_LOCK_CODE_COMPOUND = (
    r"(?<=(?i:kluis|kast|deur|alarm|poort|hek|slot|stalling|garage|ruimte|safe|brievenbus"
    r"|locker)[ \t:-]{0,2})"
)
_LOCK_COMPOUND_CODE = _LOCK_CODE_COMPOUND + r"(?i:code)(?:" + _PIN_FRAME + ")?"
# "deur archief gaat open met code 3917#": the lockable thing a few words before "code".
_LOCK_THEN_CODE = (
    r"(?<=(?i:kluis|kast|deur|alarm|poort|stalling|garage|safe|locker)\p{L}*"
    r"(?:[ \t]+[^\s.!?]+){1,5}[ \t]+)(?i:code|cijfercode|combinatie)(?:" + _PIN_FRAME + ")?"
)
# Login details in prose ("mijn inloggegevens zijn jdevries en Zomer!2026Kp"): a few words, then
# a value that a password policy would accept and that is not an e-mail address.
# Also after the verbs of logging in and typing a password ("ik log in met pvdberg en
# Mosterd&Mayo3", "daarna probeer ik Zomer2025!").
_LOGIN_DETAILS_CUE = (
    r"(?<![A-Za-z])(?i:inloggegevens|logingegevens|accountgegevens|inlognaam|credentials|creds"
    r"|log(?=[ \t]+in\b)|inloggen|ingelogd|aanmelden|aangemeld|probeer(?=[ \t]+ik\b)|probeerde"
    r"|geprobeerd"
    r"|ingevuld|ingetypt|ingetikt|getypt|ingevoerd|typte|tikte|vulde|voerde)"
)
_LOGIN_DETAILS_TRIGGERS = (
    *("inloggegevens", "logingegevens", "accountgegevens", "inlognaam", "credentials", "creds"),
    *("log in", "log\tin", "inloggen", "ingelogd", "aanmelden", "aangemeld", "probeer ik"),
    *("probeer\tik", "probeerde"),
    *("geprobeerd", "ingevuld", "ingetypt", "ingetikt", "getypt", "ingevoerd", "typte"),
    *("tikte", "vulde", "voerde"),
)
# A password-shaped value (as _POLICY_VALUE, at most 64 characters) typed into a login screen,
# before its verb ("ik heb Lente2024!wmo ingevuld", "Welkom#12 ingetypt als wachtwoord").
_TYPED_VERBS = ("ingevuld", "ingetypt", "ingetikt", "getypt", "ingevoerd", "geprobeerd")
_TYPED_BEFORE_VERB = (
    r"(?<![^\s(])(?!\S*@)(?![^\s]{41})"
    + _POLICY_VALUE
    + r"(?=[ \t]{1,3}(?:\p{L}{1,20}[ \t]{1,3}){0,2}?(?i:"
    + "|".join(_TYPED_VERBS)
    + "))"
)
# Every match of _TYPED_BEFORE_VERB ends at most this far before its verb (see windows()).
_TYPED_REACH = 40 + 2 * 23 + 3
# Wi-Fi and network keys: "wifi-code", "netwerksleutel", "WPA2 key", "gastcode".
_WIFI_CUE = r"(?i:wi-?fi|wlan|netwerk|gast|wpa2?)[ -]?(?i:code|sleutel|key|wachtwoord)"
# A cell of a delimited table (CSV, tab, Markdown) that a password policy would accept, in a
# text that names a password column ("gebruiker;wachtwoord" then "jdevries;Welkom2026!").
_CELL_STOP = r"\s;,|\"'<>/:="
_CELL = r"[^" + _CELL_STOP + "]"
_TABLE_CELL = (
    r"(?<=(?:^|[;,|\t])[ \t]*)(?i:wachtwoord(?:en)?|password|passwd|pass|pwd|ww|pw)[ \t]*"
    r"(?=[;,|\t\n])[^\n]*\n(?:[^\n]*\n){0,20}?(?:[^\n]*[;,|\t])?[ \t]*\K"
    r"(?!" + _CELL + r"*@)(?=" + _CELL + r"{8,64}[ \t]*(?:[;,|\t]|$))"
    r"(?:(?=" + _CELL + r"*\d)(?=" + _CELL + r"*[A-Za-z])(?=" + _CELL + r"*[!@#$%^&*+~])"
    r"|(?="
    + _CELL
    + r"*[a-z])(?="
    + _CELL
    + r"*[A-Z])(?="
    + _CELL
    + r"*\d))"
    + _CELL
    + r"*[^"
    + _CELL_STOP
    + r".]"
)
_TABLE_CELL_TRIGGERS = (
    *("wachtwoord", "password", "passwd", "pwd"),
    *(cue + delimiter for cue in ("ww", "pw", "pass") for delimiter in (";", ",", "|", " |")),
    *(cue + delimiter for cue in ("ww", "pw", "pass") for delimiter in ("\t", "\n")),
)
# Recovery codes, one-time-password seeds and activation codes after their cue ("herstelcodes
# voor Microsoft: 4827-1936, ...", "TOTP-seed ... is JBSWY3DPEHPK3PXP", BitLocker keys).
_RECOVERY_CUE = (
    r"(?<![A-Za-z])(?i:herstel(?:code|sleutel)s?|recovery[ -]?(?:code|key)s?|back-?up[ -]?codes?"
    r"|reservecodes?|(?:totp|otp|2fa|mfa|authenticator)[ -]?(?:seed|secret|sleutel|geheim|key)"
    r"|activatiecode|activeringscode)"
)
_RECOVERY_VALUE = (
    r"(?:[A-Za-z0-9]{4,8}(?:-[A-Za-z0-9]{4,8}){1,7}|[A-Z2-7]{16,64}|[A-Za-z0-9]{8,32})(?![\w-])"
)
_DIGIT_GROUPS = re.compile(r"\d{4,8}(?:-\d{4,8}){1,7}")
# Key material assigned in a config file: WireGuard ``PrivateKey =``, ``wpa_psk``, ASP.NET
# ``validationKey=``.
_KEY_MATERIAL_CUE = (
    r"(?<![A-Za-z])(?i:private[_-]?key|preshared[_-]?key|wpa[_-]?psk|psk|validation[_-]?key"
    r"|decryption[_-]?key|encryption[_-]?key|signing[_-]?key|master[_-]?key)"
)
# Vendor tokens with a fixed prefix (gitleaks rules): HashiCorp Vault, Google OAuth client
# secret, Hugging Face, DigitalOcean, Atlassian, Databricks, Slack app-level tokens, NuGet,
# Bitbucket app passwords, Postman.
_VENDOR_TOKEN = (
    r"\bhv[sbr]\.[A-Za-z0-9_\-]{24,}"
    r"|\bGOCSPX-[A-Za-z0-9_\-]{28}(?![\w-])"
    r"|\bhf_[A-Za-z]{34}\b"
    r"|\bdo[por]_v1_[a-f0-9]{64}\b"
    r"|\bATATT3[A-Za-z0-9_\-=]{50,}"
    r"|\bdapi[a-f0-9]{32}(?:-\d)?\b"
    r"|\bxapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{32,}"
    r"|\boy2[a-z0-9]{43}\b"
    r"|\bATBB[A-Za-z0-9_=.\-]{32,}"
    r"|\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b"
)
# A door, safe or alarm code without the word "pincode": "de code van de sleutelkast is 7395".
_LOCK_CODE_CUE = (
    r"(?<![A-Za-z])(?i:code|combinatie|cijfercode)(?:[ \t]+\p{L}+){0,3}?[ \t]+"
    r"\p{L}*(?i:kluis|kast|deur|alarm|poort|hek|slot|stalling|garage|ruimte|safe|brievenbus"
    r"|hok|berging|schuur|ingang|lift|entree)\p{L}*"
)

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
# Values that name a secret instead of holding one: variable references (``%DB_PASS%``,
# ``$SSHPASS``, ``$(cat file)``), code (``config.clientSecret``, ``getToken()``), file paths
# (``pwd: /var/www/app2``), PowerShell cmdlets that produce a credential (``$pwd =
# ConvertTo-SecureString ...``) and well-known defaults (``changeme``, Java's keystore default
# ``changeit``), which protect nothing.
_NOT_A_VALUE = re.compile(
    r"%\w+%|\$[A-Z_][A-Z0-9_]*|\$[a-z_][a-z0-9_]*|\$\(.*\)|[A-Za-z_]+(?:\.[A-Za-z_]+)+"
    r"|[A-Za-z_][\w.]*\(.*|(?:~?/[\w.-]+){2,}/?|[A-Za-z]:\\[^\s]*"
    r"|(?i:ConvertTo-SecureString|Read-Host|Get-Credential|Get-Secret|changeme|changeit|change_me)"
)
_B64_PEM_START = "LS0tLS1CRUdJTi"  # base64 of "-----BEGIN"


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
            r"(?<![A-Za-z])(?:(?i:wachtwoord|password|passwd|pwd|ww|pw)|"
            + _WIFI_CUE
            + r")[ \t]+\K"
            + _GENERATED_VALUE,
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
        Pattern(
            "Quoted value after password key",
            r"(?<![A-Za-z])(?i:wachtwoord|password|passwd|passphrase|pwd|pass)[\"'][ \t]*[:=]"
            r"[ \t]*[\"']\K"
            + _QUOTED_VALUE
            + r"|(?<![A-Za-z])(?i:wachtwoord|password|passwd|passphrase|pwd|(?<=[_.])pass)"
            r"[ \t]*[:=][ \t]*[\"']\K" + _QUOTED_VALUE,
            0.85,
        ),
        # <password>...</password>, <AdminPassword><Value>...</Value> (unattend.xml).
        Pattern(
            "XML element named after a secret",
            r"<[\w:.-]*" + _CONFIG_KEY_CUE + r">(?:\s*<(?i:value)>)?\K(?=[^<>\s]{4})[^<>\s]+(?=</)",
            0.85,
        ),
        # <add key="ApiKey" value="..."/>, <property name="db.password" value="..."/>.
        Pattern(
            "XML setting named after a secret",
            r"\b(?:key|name)=[\"'][\w:.-]*"
            + _CONFIG_KEY_CUE
            + r"[\"'][ \t]+value=[\"']\K"
            + _QUOTED_VALUE,
            0.85,
        ),
        Pattern("Password option of a known command", _COMMAND_PASSWORD, 0.85),
        # curl -u user:password, wget --user=...: the part after the colon.
        Pattern(
            "User and password option",
            r"(?<![\w-])(?:-u|--user)(?:[ \t]+|=)[\"']?[^\s:\"'$%]{1,64}:\K(?=[^\s\"'@]{4})"
            r"[^\s\"'@]+",
            0.8,
        ),
        # Authorization: Basic <base64>, Token <hex>, SSWS <token>, or a bare value.
        Pattern(
            "Authorization header value",
            r"(?i:authorization)[\"']?[ \t]*[:=][ \t]*[\"']?(?:[A-Za-z-]+[ \t]+)?\K" + _TOKEN_VALUE,
            0.8,
        ),
        Pattern(
            "URL with a password and no user",
            r"\b[A-Za-z][A-Za-z0-9+.\-]{1,20}://:[^\s/@\"'<>]+@"
            r"[^\s/\"'<>]*[^\s/\"'<>.,;:)\]](?:/[^\s\"'<>]*[^\s\"'<>.,;:)\]])?",
            0.85,
        ),
        Pattern(
            "Redis password directive",
            r"(?<![\w-])(?i:requirepass|masterauth)[ \t]+[\"']?\K" + _VALUE,
            0.85,
        ),
        Pattern(
            "User name, slash and password",
            _LOGIN_CUE + r"(?:[ \t]+\p{L}+){0,3}?(?:[ \t]*[:=]|[ \t]+(?i:is|zijn))"
            r"[ \t]*[^\s/:,;]{2,64}(?:[ \t]*/|(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
            + _SECOND_PASSWORD_CUE
            + r")[ \t]*\K"
            + _VALUE,
            0.7,
        ),
        # "Het wachtwoord van gebruiker beheer is Kast2026", "Wachtwoord (tijdelijk): ...".
        Pattern(
            "Password a few words before 'is' or ':'",
            r"(?:(?i:wachtwoord)|(?<![A-Za-z])(?:(?i:password|passwd|pwd)|ww(?![A-Za-z])|"
            + _WIFI_CUE
            + "))"
            r"(?:[ \t]*\([^()\n]{1,30}\)|[ \t]+\p{L}[\w-]*){0,6}?"
            r"(?:[ \t]*[:=]|[ \t]+(?i:is|was|luidt|wordt)(?:[ \t]+(?i:nu|voortaan|tijdelijk))?"
            r"[ \t]*:?)[ \t]*\K" + _VALUE,
            0.7,
        ),
        Pattern(
            "Lock or safe code after cue",
            _LOCK_CODE_CUE
            + _PIN_FRAME
            + _PIN_VALUE
            + "|"
            + _LOCK_COMPOUND_CODE
            + _PIN_VALUE
            + "|"
            + _LOCK_THEN_CODE
            + _PIN_VALUE,
            0.7,
        ),
        Pattern(
            "Base64-encoded private key",
            r"\bLS0tLS1CRUdJTi[A-Za-z0-9+/]{60,}={0,2}",
            0.9,
        ),
        Pattern(
            "PuTTY private key",
            r"PuTTY-User-Key-File-\d+:.*?Private-Lines:[ \t]*\d+"
            r"(?:\r?\n(?!Private-)[A-Za-z0-9+/=]+)+"
            r"(?:\r?\nPrivate-(?:MAC|Hash):[ \t]*[0-9a-fA-F]+)?",
            1.0,
        ),
        Pattern(
            "Azure client secret",
            r"(?<![\w~.-])[A-Za-z0-9_.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~-])",
            0.85,
        ),
        Pattern("npm token", r"\bnpm_[A-Za-z0-9]{36}\b", 0.9),
        Pattern("PyPI token", r"\bpypi-AgE[A-Za-z0-9_\-]{50,}", 0.9),
        Pattern("SendGrid API key", r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![\w-])", 0.9),
        Pattern("Twilio API key", r"\bSK[0-9a-fA-F]{32}\b", 0.8),
        # camelCase keys (rootPassword, clientSecret, refreshToken) and upper-case names glued
        # to a prefix (PGPASSWORD).
        Pattern(
            "Value after a camelCase secret key",
            r"(?:(?<=[a-z0-9])(?:Password|Passwd|Pwd|Secret|Token)"
            r"|(?<=[A-Z0-9])(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN))[\"']?[ \t]*[:=][ \t]*"
            r"(?:[\"']\K" + _QUOTED_VALUE + r"|\K" + _VALUE + ")",
            0.85,
        ),
        Pattern(
            "Oracle user/password@database",
            r"\b(?:jdbc:oracle:thin:|(?:sqlplus|expdp|impdp)[ \t]+(?:-\w+[ \t]+)*)[^\s/@:\"']+/\K"
            r"[^\s/@\"']{4,}(?=@)",
            0.85,
        ),
        Pattern("Key material after cue", _KEY_MATERIAL_CUE + _ASSIGN + _TOKEN_VALUE, 0.85),
        Pattern(
            "OpenVPN static key",
            r"-----BEGIN OpenVPN Static key V1-----.*?-----END OpenVPN Static key V1-----",
            1.0,
        ),
        Pattern(
            "Password in login details",
            _LOGIN_DETAILS_CUE + _WORDS_BETWEEN + r"(?!\S*@)(?![\w.-]+[:=])" + _POLICY_VALUE,
            0.7,
        ),
        Pattern("Password before a typing verb", _TYPED_BEFORE_VERB, 0.7),
        # A quoted password with spaces ("wachtwoord: 'paarse olifant danst 7'"); the value
        # must still look random (a digit or three character classes).
        Pattern(
            "Quoted password with spaces",
            r"(?<![A-Za-z])(?:(?i:wachtwoord(?:zin)?|password|passphrase)|ww(?![A-Za-z]))"
            r"(?:[ \t]+(?i:is|was|luidt|wordt))?[ \t]*:?[ \t]*[\"'\u201c\u2018]\K"
            r"(?=[^\"'\u201d\u2019\n]* )[^\"'\u201c\u201d\u2018\u2019\n]{6,48}"
            r"(?=[\"'\u201d\u2019])",
            0.7,
        ),
        Pattern("Password cell in a table", _TABLE_CELL, 0.7),
        Pattern(
            "Recovery code or one-time-password seed",
            _RECOVERY_CUE + r"(?:[ \t]+[^\s.!?:]+){0,6}?(?:[ \t]*:|[ \t]+(?i:is|luidt|zijn))"
            r"[ \t]*\K" + _RECOVERY_VALUE + r"|[?&]secret=\K[A-Z2-7]{16,64}(?![\w-])",
            0.8,
        ),
        Pattern(
            "PIN typed on a keypad",
            r"(?<![\w-])\d{4,8}#?(?=[ \t]{1,3}(?i:intoetsen|intikken|ingetoetst))"
            r"|(?<![A-Za-z])(?i:toets|tik)[ \t]+(?:(?i:de[ \t]+)?(?i:code)[ \t]+)?\K\d{4,8}#?"
            r"(?=[ \t]+in\b)",
            0.7,
        ),
        Pattern("Vendor token with a fixed prefix", _VENDOR_TOKEN, 0.9),
        Pattern("Telegram bot token", r"\b\d{8,10}:AA[A-Za-z0-9_\-]{33}(?![\w-])", 0.85),
        Pattern("Azure Functions key in a URL", r"[?&]code=\K[A-Za-z0-9_\-]{40,}={0,2}", 0.85),
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
        # Each at the start of the cue word ("pass" also covers "password" and "_pass").
        "Password after cue": ("wachtwoord", "pass", "pw", "ww"),
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
            *_WIFI_TRIGGERS,
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
        "Quoted value after password key": ("wachtwoord", "passw", "passphrase", "pwd", "pass"),
        "XML element named after a secret": (
            *("password>", "passwd>", "pwd>", "wachtwoord>", "secret>", "key>", "token>"),
            "passphrase>",
        ),
        "XML setting named after a secret": ("value=",),
        "Password option of a known command": (
            *("mysql", "mariadb", "sshpass", "redis-cli", "-pass", "net ", "net\t"),
            *("docker", "podman", "oc ", "oc\t", "skopeo", "helm"),
            *("sqlcmd", "bcp", "mosquitto_", "ldap", "mongo", "xfreerdp", "wfreerdp", "az "),
            *("az\t", "convertto-securestring"),
            "smbclient",
        ),
        "User and password option": ("-u ", "-u\t", "-u=", "--user"),
        "Authorization header value": ("authorization",),
        "URL with a password and no user": ("://:",),
        "Redis password directive": ("requirepass", "masterauth"),
        "User name, slash and password": (
            *("inlog", "login", "logon", "account", "credentials", "gebruiker", "username"),
            *("user", "creds"),
        ),
        "Password a few words before 'is' or ':'": (
            *("wachtwoord", "password", "passwd", "pwd", "ww ", "ww\t", "ww:", "ww="),
            *_WIFI_TRIGGERS,
        ),
        "Lock or safe code after cue": ("code", "combinatie", "cijfercode"),
        "Base64-encoded private key": ("LS0tLS1CRUdJTi",),
        "PuTTY private key": ("PuTTY-User-Key-File",),
        "Azure client secret": ("Q~",),
        "npm token": ("npm_",),
        "PyPI token": ("pypi-AgE",),
        "SendGrid API key": ("SG.",),
        "Twilio API key": ("SK",),
        "Value after a camelCase secret key": (
            *("Password", "Passwd", "Pwd", "Secret", "Token"),
            *("PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN"),
        ),
        "Oracle user/password@database": ("jdbc:oracle", "sqlplus", "expdp", "impdp"),
        "Key material after cue": (
            *("private", "preshared", "wpa", "psk", "validation", "decryption", "encryption"),
            *("signing", "master"),
        ),
        "OpenVPN static key": ("-----BEGIN OpenVPN",),
        "Password in login details": _LOGIN_DETAILS_TRIGGERS,
        "Password before a typing verb": _TYPED_VERBS,
        "Quoted password with spaces": (
            *("wachtwoord", "password", "passphrase", "ww ", "ww\t", "ww:", 'ww"', "ww'"),
            *("ww\u201c", "ww\u2018"),
        ),
        "Password cell in a table": _TABLE_CELL_TRIGGERS,
        "Recovery code or one-time-password seed": (
            *("herstelcode", "herstelsleutel", "recovery", "reservecode", "totp", "otp", "2fa"),
            *("backupcode", "backup code", "backup-code", "back-upcode", "back-up code"),
            *("back-up-code", "mfa", "authenticator", "activatiecode", "activeringscode"),
            "secret=",
        ),
        "PIN typed on a keypad": (
            *("intoetsen", "intikken", "ingetoetst", "toets ", "toets\t", "tik ", "tik\t"),
        ),
        "Vendor token with a fixed prefix": (
            *("hvs.", "hvb.", "hvr.", "GOCSPX-", "hf_", "dop_v1_", "doo_v1_", "dor_v1_"),
            *("ATATT3", "dapi", "xapp-", "oy2", "ATBB", "PMAK-"),
        ),
        "Telegram bot token": (":AA",),
        "Azure Functions key in a URL": ("code=",),
    }

    # How far before a trigger a match can start (see recognizers._fast): a key cue before its
    # "key" ("ocp-apim-subscription-key"), the "--" of an option, nothing before a PIN cue, the
    # scheme before "://".
    START_REACH: ClassVar[dict[str, int]] = {
        "Key or token after cue": len("ocp-apim-subscription-"),
        "Credential command-line option": len("-"),
        "PIN or door code after cue": 0,
        "Generated password right after cue": 0,
        "Password after cue": 0,
        "Password after 'is' or a few words after cue": 0,
        "Value after a key variable name": 0,
        "URL with credentials": len("a") + 20,
        # Each alternative starts with its trigger (a cue word or a command name).
        "Quoted value after password key": 0,
        "Password option of a known command": 0,
        "Password a few words before 'is' or ':'": 0,
        "User and password option": 0,
        "Authorization header value": 0,
        "URL with a password and no user": len("a") + 20,
        "Redis password directive": 0,
        "User name, slash and password": 0,
        "Lock or safe code after cue": 0,
        "Base64-encoded private key": 0,
        "PuTTY private key": 0,
        "Azure client secret": len("abc8"),
        "npm token": 0,
        "PyPI token": 0,
        "SendGrid API key": 0,
        "Twilio API key": 0,
        "Value after a camelCase secret key": 0,
        "Oracle user/password@database": 0,
        "Key material after cue": 0,
        "OpenVPN static key": 0,
        "Password in login details": 0,
        "Quoted password with spaces": 0,
        "PIN typed on a keypad": len("12345678#") + 3,
        "Password cell in a table": 0,
        "Recovery code or one-time-password seed": len("?"),
        "Vendor token with a fixed prefix": 0,
        "Telegram bot token": len("1234567890"),
        "Azure Functions key in a URL": len("?"),
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

    def windows(
        self, text: str, nlp_artifacts: NlpArtifacts | None = None
    ) -> dict[str, list[Window]]:
        """A password typed before its verb lies in the stretch just before the verb: searched
        there (in C), not tried at every position of that stretch."""
        folded_hits, _ = SHARED_TRIGGERS.hits(text, nlp_artifacts)
        before_verbs = [
            (max(0, hit - _TYPED_REACH), hit)
            for verb in _TYPED_VERBS
            for hit in folded_hits.get(verb, ())
        ]
        return {_TYPED_BEFORE_VERB: merge(before_verbs)} if before_verbs else {}

    def validate_result(self, pattern_text: str) -> bool | None:
        """A JWT is only a JWT when its header decodes to a JSON object with an algorithm; a
        base64-encoded PEM block is a secret only when it is a private key (a Kubernetes
        ``tls.crt`` holds a public certificate)."""
        if pattern_text.startswith(_B64_PEM_START):
            return _is_b64_private_key(pattern_text)
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
        if _ALL_DIGIT_PIN.fullmatch(pattern_text) or _DIGIT_GROUPS.fullmatch(pattern_text):
            return False  # PINs and recovery codes: all digits, after their cue
        if pattern_text.startswith("PuTTY-User-Key-File"):
            return len(pattern_text.partition("Private-Lines:")[2]) < 64
        if _NOT_A_VALUE.fullmatch(pattern_text):
            return True
        return _is_placeholder(pattern_text) or not _looks_random(pattern_text)


def _is_placeholder(value: str) -> bool:
    lowered = value.lower()
    return any(mark in lowered for mark in _PLACEHOLDER_MARKS) or value.endswith("EXAMPLE")


def _is_b64_private_key(value: str) -> bool:
    """Whether a base64 string starting with "-----BEGIN" encodes a private key header."""
    head = value[: len(value) // 4 * 4][:120]
    try:
        decoded = base64.b64decode(head).decode("ascii", "replace")
    except (binascii.Error, ValueError):
        return False
    return "PRIVATE KEY" in decoded.split("\n", 1)[0]


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

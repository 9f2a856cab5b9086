"""E-mail addresses, plain ("jan.jansen@gemeente.nl") and obfuscated.

Obfuscated forms spell out or bracket the "@" and the dots: "jan punt jansen at gmail punt com",
"jan.jansen [at] gmail [dot] com", "jan (at) gmail.com", "jan apenstaartje gemeente punt nl",
"j.jansen AT gemeente DOT nl". The span is the whole obfuscated address.

Our own regex on purpose: Presidio's EmailRecognizer validates the top-level domain with
tldextract, which downloads the public suffix list (no network calls allowed here). The plain
form follows the common subset of RFC 5322 (dot-atom local part, hostname labels, alphabetic TLD
of 2-63 letters). Sources: RFC 5322 section 3.4.1, RFC 1035 section 2.3.1.

Scoring. A plain address scores 0.9; a "TLD" that is really a file extension ("logo@2x.png")
scores 0.3. An obfuscated address scores 0.8, but 0.3 (reported only with context such as "mail"
or "contact") when it may be ordinary prose: a bare English "at" with literal dots ("works at
example.com"), or a last word that is no common top-level domain ("kijk at de punt hier").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import GatedPatternRecognizer, Window, fold, folded_trigger_starts, merge
from recognizers._gate import SHARED_TRIGGERS

_LOCAL_CHARS = r"[\w!#$%&'*+/=?^`{|}~\-]"
_LABEL = r"[^\W_](?:[\w\-]{0,61}[^\W_])?"
_TLD = r"[^\W\d_]{2,63}"
_PLAIN = (
    rf"(?<![\w.@+\-]){_LOCAL_CHARS}+(?:\.{_LOCAL_CHARS}+)*"
    rf"@(?:{_LABEL}\.)+{_TLD}(?![\w\-]|\.[^\W_])"
)

# Obfuscated: words joined by spelled-out or bracketed separators.
# Possessive: a word is always followed by a dot, an at or the end, none of which starts with a
# word character or "-", so giving characters back never helps (and cost a third of the time).
_WORD = r"[^\W_][\w\-]*+"
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_DOT_SPELLED = rf"\s*{_OPEN}\s*(?:dot|punt|\.)\s*{_CLOSE}\s*|\s+(?:dot|punt)\s+"
_DOT = rf"(?:{_DOT_SPELLED}|\.)"
_AT = (
    rf"(?:\s*{_OPEN}\s*(?:at|@|apenstaartje|apestaartje)\s*{_CLOSE}\s*"
    r"|\s+(?:at|apenstaartje|apestaartje)\s+|\s*@\s*)"
)
_OBFUSCATED = (
    rf"(?i)(?<![\w.@\-]){_WORD}(?:{_DOT}{_WORD})*{_AT}{_WORD}(?:{_DOT}{_WORD})*{_DOT}{_TLD}(?!\w)"
)

_PLAIN_ADDRESS = re.compile(_PLAIN)

# Windows (see recognizers._fast). Every match holds an "@" or a spelled-out at-token; these
# character classes are supersets of what the patterns can match around it, so a match never
# crosses a character outside them. `regex`, like Presidio, so classes such as \w agree.
# The at-token is r"@|(?<!\w)(?:at|apen?staartje)(?!\w)" case-insensitively, written to start
# with a character class (scanned faster) and in explicit cases (with the long s, which a
# case-insensitive "s" matches).
_AT_TOKEN = regex.compile(
    r"[@aA](?:(?<=@)|(?<!\w.)(?:[tT]|[pP][eE][nN]?[sSſ][tT][aA][aA][rR][tT][jJ][eE])(?!\w))"
)
# In the folded text (see recognizers._gate.fold) every at-token starts with one of these; the
# at-token pattern is only tried where the shared trigger pass found one.
_AT_NEEDLES = ("@", "at", "apenstaartje", "apestaartje")
SHARED_TRIGGERS.register(_AT_NEEDLES, ())
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_BEFORE_PLAIN_LOCAL_PART = regex.compile(r"(?r)[^\w.!#$%&'*+/=?^`{|}~\-]")
_AFTER_PLAIN_DOMAIN = regex.compile(r"[^\w.\-]")
_OUTSIDE_OBFUSCATED = regex.compile(r"[^\w\s.@\-\[\](){}<>]")
_OUTSIDE_OBFUSCATED_BACKWARDS = regex.compile(r"(?r)[^\w\s.@\-\[\](){}<>]")
# The one obfuscated form that is also plain English: "<word> at <host.tld>".
_BARE_AT_LITERAL_DOTS = re.compile(r"[^\s@]+\s+at\s+[^\s]+", re.IGNORECASE)
# Obfuscated addresses in practice end in one of these; prose with "at ... punt" rarely does.
# fmt: off
_COMMON_TLDS = frozenset({
    "nl", "be", "de", "fr", "uk", "eu", "lu", "at", "ch", "es", "it", "pt", "pl", "se", "dk", "no",
    "fi", "ie", "tr", "ma", "sr", "cw", "aw", "us", "ca", "au", "com", "org", "net", "info", "biz",
    "io", "nu", "gov", "edu", "int", "co", "me", "app", "dev", "online", "email", "frl",
    "amsterdam",
})
# fmt: on
# fmt: off
_FILE_EXTENSIONS = frozenset({
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "pdf", "doc", "docx",
    "xls", "xlsx", "ppt", "pptx", "txt", "csv", "json", "xml", "yaml", "yml", "html", "htm",
    "css", "js", "ts", "py", "java", "rb", "php", "zip", "gz", "tar", "exe", "dll",
})
# fmt: on


class EmailRecognizer(GatedPatternRecognizer):
    """Recognizes plain and obfuscated e-mail addresses without any network access."""

    ENTITY = "EMAIL_ADDRESS"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("E-mail address", _PLAIN, 0.9),
        Pattern("E-mail address (obfuscated)", _OBFUSCATED, 0.8),
    )
    # Substrings of nearby words. "mail" also matches the address's own "gmail.com" or
    # "hotmail.com", which is fair evidence too. ("stuur" is left out: it is in "bestuur".)
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "mail",
        "contact",
        "bereikbaar",
        "schrijf",
        "send",
        "write",
    )
    WEAK_SCORE = 0.3
    PEEK = 2  # the patterns' lookaheads read at most two characters past a match

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            address = text[result.start : result.end]
            if _is_file_name(address) or _is_ambiguous_obfuscation(address):
                result.score = min(result.score, self.WEAK_SCORE)
        return results

    def may_match(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> bool:
        return next(_at_tokens(text, nlp_artifacts), None) is not None

    def windows(
        self, text: str, nlp_artifacts: NlpArtifacts | None = None
    ) -> dict[str, list[Window]]:
        return {
            _PLAIN: _plain_windows(text),
            _OBFUSCATED: _obfuscated_windows(text, _at_tokens(text, nlp_artifacts)),
        }


def _at_tokens(text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[regex.Match[str]]:
    """The matches of _AT_TOKEN in ``text``, in order (they cannot overlap)."""
    folded = fold(text)
    for start in folded_trigger_starts(text, nlp_artifacts, _AT_NEEDLES):
        if folded.startswith("at", start) and _touches_a_word(folded, start, start + 2):
            continue
        token = _AT_TOKEN.match(text, start)
        if token is not None:
            yield token


def _touches_a_word(folded: str, start: int, end: int) -> bool:
    """Whether the folded text certainly has a word character right before ``start`` or at
    ``end``, so that no at-token can be there: "at" is mostly part of a word ("dat", "straat",
    "atlas"). Only ASCII letters, digits and "_" are tested (a folded ASCII letter or digit
    comes from a word character); the pattern decides on all other characters."""
    return (start > 0 and folded[start - 1] in _ASCII_WORD) or (
        end < len(folded) and folded[end] in _ASCII_WORD
    )


def _plain_windows(text: str) -> list[Window]:
    """Around each "@": the local-part characters before it, the domain characters after it."""
    windows = []
    at = text.find("@")
    while at != -1:
        before = _BEFORE_PLAIN_LOCAL_PART.search(text, 0, at)
        after = _AFTER_PLAIN_DOMAIN.search(text, at + 1)
        end = after.start() if after else len(text)
        windows.append((before.end() if before else 0, end))
        at = text.find("@", end)
    return merge(windows)


def _obfuscated_windows(text: str, at_tokens: Iterable[regex.Match[str]]) -> list[Window]:
    """The stretches around each at-token that hold no character an obfuscated address lacks;
    an at-token inside the stretch of an earlier one adds nothing."""
    windows: list[Window] = []
    end = 0
    for token in at_tokens:
        if token.start() < end:
            continue
        before = _OUTSIDE_OBFUSCATED_BACKWARDS.search(text, 0, token.start())
        after = _OUTSIDE_OBFUSCATED.search(text, token.end())
        end = after.start() if after else len(text)
        windows.append((before.end() if before else 0, end))
    return merge(windows)


def _last_word(address: str) -> str:
    return re.split(r"[\s.\])}>]+", address.rstrip(" )]}>"))[-1].lower()


def _is_file_name(address: str) -> bool:
    """An image or script name such as logo@2x.png in HTML or code, not an address."""
    return _last_word(address) in _FILE_EXTENSIONS


# Consumer mail providers: "jan.jansen at gmail.com" is an address, not "works at example.com".
_MAIL_PROVIDER = re.compile(
    r"(?i)\b(?:g|hot|k?pn|ziggo|home|planet|casema|xs4all|proton|outlook|live|yahoo|icloud|me|aol"
    r"|gmx|web|t-online|telenet|skynet|msn)(?:mail)?\s*(?:\.|\bpunt\b|\bdot\b|[\[(]\s*dot\s*[\])])"
)


def _is_ambiguous_obfuscation(address: str) -> bool:
    """An obfuscated match that may just as well be prose ("works at example.com")."""
    if _PLAIN_ADDRESS.fullmatch(address):
        return False
    bare_english_at = _BARE_AT_LITERAL_DOTS.fullmatch(address) and " AT " not in address
    if bare_english_at and _MAIL_PROVIDER.search(address.rsplit(" ", 1)[-1]):
        return False
    return bool(bare_english_at) or _last_word(address) not in _COMMON_TLDS


RECOGNIZERS = (EmailRecognizer,)

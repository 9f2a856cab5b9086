"""EmailRecognizer: plain and obfuscated addresses; English "at", file names and handles are not."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from gateway.engine.nlp import build_analyzer
from recognizers.email import EmailRecognizer

THRESHOLD = 0.5


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([EmailRecognizer()])


def findings(analyzer: AnalyzerEngine, text: str) -> list[RecognizerResult]:
    return [r for r in analyzer.analyze(text, language="nl") if r.entity_type == "EMAIL_ADDRESS"]


def reported(analyzer: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    return sorted((r.start, r.end) for r in findings(analyzer, text) if r.score >= THRESHOLD)


POSITIVES = [
    ("Mail naar jan.jansen@gemeente.nl.", "jan.jansen@gemeente.nl"),
    ("j.de-vries+ai@sub.example.co.uk", "j.de-vries+ai@sub.example.co.uk"),
    ("<a href='mailto:info@voorburg.nl?subject=x'>", "info@voorburg.nl"),
    ("(p.bakker@den-haag.nl)", "p.bakker@den-haag.nl"),
    ("Die Pläne: müller@gemeente.de", "müller@gemeente.de"),
    ("INFO@GEMEENTE.NL", "INFO@GEMEENTE.NL"),
    ("jan_2@mail.example.org, graag", "jan_2@mail.example.org"),
    # obfuscated forms: the span is the whole obfuscated address
    ("Mail jan punt jansen at gmail punt com even", "jan punt jansen at gmail punt com"),
    ("jan.jansen [at] gmail [dot] com", "jan.jansen [at] gmail [dot] com"),
    ("contact: jan (at) gmail.com", "jan (at) gmail.com"),
    ("jan apenstaartje gemeente punt nl", "jan apenstaartje gemeente punt nl"),
    ("Schrijf naar j.jansen AT gemeente DOT nl.", "j.jansen AT gemeente DOT nl"),
    ("jan @ gmail.com", "jan @ gmail.com"),
    ("jan@gmail punt com", "jan@gmail punt com"),
    ("p.de.vries(at)zorg(punt)nl", "p.de.vries(at)zorg(punt)nl"),
    ("john {at} example {dot} org", "john {at} example {dot} org"),
    ("e-mailadres: jan.jansen at gemeente.nl", "jan.jansen at gemeente.nl"),  # weak + context
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_reports_address_with_exact_span(
    analyzer: AnalyzerEngine, text: str, expected: str
) -> None:
    start = text.index(expected)
    assert reported(analyzer, text) == [(start, start + len(expected))]


NEGATIVES = [
    "He works at example.com now",
    "Look at index.html for details",
    "We meet at the office. Then we go home",
    "Het afval wordt om 10.30 opgehaald",
    '<img src="logo@2x.png">',
    "user@localhost",
    "foo@bar",
    "Volg @gemeente op X",
    "@jan.jansen schreef",
    "prijs 3 @ 4.50 euro",
    "versie 1.2.3 at build 4.5",
    "jan.jansen@",
    "@gemeente.nl",
    "Punt 3 van de agenda: de begroting",
    "jan punt jansen",
    "Kijk at de punt hier",  # "at ... punt" prose without a common top-level domain
    "het college at heeft punt gemeente",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_does_not_report_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert reported(analyzer, text) == []


def test_plain_english_at_needs_mail_context(analyzer: AnalyzerEngine) -> None:
    (bare,) = findings(analyzer, "jan.jansen at gemeente.nl")
    assert bare.score < THRESHOLD
    (with_context,) = findings(analyzer, "mail jan.jansen at gemeente.nl")
    assert with_context.score >= THRESHOLD


def test_mail_provider_domain_counts_as_context(analyzer: AnalyzerEngine) -> None:
    (result,) = findings(analyzer, "jan.jansen at gmail.com")
    assert result.score >= THRESHOLD


def test_obfuscated_address_with_uncommon_tld_needs_context(analyzer: AnalyzerEngine) -> None:
    (bare,) = findings(analyzer, "jan [at] gemeente [dot] politie")
    assert bare.score < THRESHOLD
    (with_context,) = findings(analyzer, "e-mail jan [at] gemeente [dot] politie")
    assert with_context.score >= THRESHOLD


def test_plain_address_scores_high(analyzer: AnalyzerEngine) -> None:
    (plain,) = findings(analyzer, "zie jan.jansen@gemeente.nl")
    assert plain.score >= 0.85


def test_trailing_sentence_dot_is_not_part_of_the_address(analyzer: AnalyzerEngine) -> None:
    text = "Stuur het naar a@b.nl."
    assert reported(analyzer, text) == [(text.index("a@b.nl"), len(text) - 1)]


def test_finds_several_addresses(analyzer: AnalyzerEngine) -> None:
    text = "a.b@c.nl en d (at) e.com"
    assert reported(analyzer, text) == [(0, 8), (text.index("d (at)"), len(text))]

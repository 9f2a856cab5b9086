"""NlBsnRecognizer: elfproef-valid BSNs in their usual notations, and look-alikes it must skip."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from gateway.engine.nlp import build_analyzer
from recognizers.nl_bsn import NlBsnRecognizer

THRESHOLD = 0.5


def elfproef(number: str) -> bool:
    """Independent implementation of the 11-test, to keep the test data honest."""
    digits = [int(d) for d in number.zfill(9)]
    total = sum(weight * d for weight, d in zip(range(9, 1, -1), digits[:8], strict=True))
    return (total - digits[8]) % 11 == 0


def make_bsn(first_eight: str) -> str:
    """Append the check digit that makes ``first_eight`` pass the elfproef."""
    weighted = sum(w * int(d) for w, d in zip(range(9, 1, -1), first_eight, strict=True))
    check = weighted % 11
    assert check != 10, "no valid check digit for this prefix; pick another"
    return first_eight + str(check)


VALID = "123456782"
VALID_2 = "111222333"
VALID_3 = make_bsn("23456789")  # 234567892
VALID_8 = "12345672"  # valid as 012345672 (leading zero dropped)
INVALID = "123456783"


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([NlBsnRecognizer()])


def bsn_findings(analyzer: AnalyzerEngine, text: str) -> list[RecognizerResult]:
    return [r for r in analyzer.analyze(text, language="nl") if r.entity_type == "NL_BSN"]


def reported(analyzer: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    return sorted((r.start, r.end) for r in bsn_findings(analyzer, text) if r.score >= THRESHOLD)


def test_test_data_is_what_it_claims() -> None:
    assert VALID_3 == "234567892"
    for address in ("192.168.10.1", "172.10.104.9", "192.168.24.1"):
        assert elfproef(address.replace(".", ""))
    for number in (VALID, VALID_2, VALID_3, VALID_8):
        assert elfproef(number)
    assert not elfproef(INVALID)
    assert not elfproef("123456789")


POSITIVES = [
    (f"BSN: {VALID}", VALID),
    (f"Mijn burgerservicenummer is {VALID}.", VALID),
    ("bsn 1234.56.782 graag controleren", "1234.56.782"),
    ("BSN-nummer: 123 456 782", "123 456 782"),
    ("Sofinummer 123-456-782, klopt dat?", "123-456-782"),
    ("sofi-nummer 12 34 56 782", "12 34 56 782"),
    (f"Het gaat om {VALID_2} (aanvrager)", VALID_2),
    (VALID_3, VALID_3),
    (f"Citizen service number {VALID}", VALID),
    (f"Klant met bsn {VALID}, tel 06-12345678", VALID),
    (f"BSN {VALID_8}", VALID_8),
    (f"burgerservicenummer: {VALID_8}", VALID_8),
    (f"BSN\t{VALID}\n", VALID),
    (f"({VALID})", VALID),
    (f"BSN:{VALID}", VALID),
    (f"BSN en zaaknummer: {VALID}", VALID),  # reference label, but BSN context wins
    ("persoonsnummer 1112.22.333", "1112.22.333"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_reports_bsn_with_exact_span(analyzer: AnalyzerEngine, text: str, expected: str) -> None:
    start = text.index(expected)
    assert reported(analyzer, text) == [(start, start + len(expected))]


NEGATIVES = [
    INVALID,  # fails the elfproef
    f"BSN: {INVALID}",
    "BSN 1234.56.789",
    VALID_8,  # eight digits without context
    f"Factuurnummer {VALID}",
    f"zaaknummer: {VALID_2}",
    f"Ons kenmerk {VALID}",
    f"ordernr. {VALID} en klantnummer {VALID_2}",
    f"KvK-nummer {VALID_8} (BSN niet bekend)",
    f"Bedrag € {VALID}",
    "Bel 06 12345672 of +31 612345678",  # phone numbers contain BSN-like runs
    "+31 6 12345678",
    "0031 612345678",
    "IBAN NL91 ABNA 0417 1643 00",
    "NL02ABNA0123456782",
    "Op 20240312 is het BSN 'niet' aangeleverd",  # date written as eight digits
    "BSN geboren 12-03-1985",
    "Bedrag 123.456.782,00 overgemaakt",
    f"Ordernummer 9{VALID}",  # longer digit run
    f"{VALID}0",
    "1 2 3 4 5 6 7 8 2",  # spaced-out digits are a list, not a number
    "versie 1.2.3.4.5.6.7.8.2",
    f"BTW-nummer NL{VALID}B01",
    # IPv4 addresses whose nine digits pass the elfproef, also next to a BSN context word.
    "ping 192.168.10.1 time=3 ms",
    "proxy 172.10.104.9:3128 weigert",
    "BSN-koppeling draait op 192.168.24.1",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_does_not_report_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert reported(analyzer, text) == []


def test_valid_nine_digits_pass_without_context_but_score_higher_with_it(
    analyzer: AnalyzerEngine,
) -> None:
    bare = bsn_findings(analyzer, f"nummer {VALID}")
    with_context = bsn_findings(analyzer, f"BSN {VALID}")
    assert len(bare) == len(with_context) == 1
    assert THRESHOLD <= bare[0].score < with_context[0].score
    assert with_context[0].score >= 0.9


def test_eight_digits_need_context(analyzer: AnalyzerEngine) -> None:
    (bare,) = bsn_findings(analyzer, f"nummer {VALID_8}")
    assert bare.score < THRESHOLD
    (with_context,) = bsn_findings(analyzer, f"sofinummer {VALID_8}")
    assert with_context.score >= THRESHOLD


def test_reference_label_lowers_score_below_threshold(analyzer: AnalyzerEngine) -> None:
    (labelled,) = bsn_findings(analyzer, f"factuurnummer: {VALID}")
    assert 0 < labelled.score < THRESHOLD


def test_eight_digits_after_reference_label_are_dropped(analyzer: AnalyzerEngine) -> None:
    assert bsn_findings(analyzer, f"BSN onbekend, klantnummer {VALID_8}") == []


def test_finds_every_bsn_in_a_list(analyzer: AnalyzerEngine) -> None:
    text = f"BSN's: {VALID}, {VALID_2} en 1234.56.782"
    assert reported(analyzer, text) == [
        (text.index(VALID), text.index(VALID) + 9),
        (text.index(VALID_2), text.index(VALID_2) + 9),
        (text.index("1234.56.782"), text.index("1234.56.782") + 11),
    ]


def test_many_random_invalid_numbers_never_match(analyzer: AnalyzerEngine) -> None:
    # Every prefix with every wrong check digit: 9 invalid numbers per prefix.
    prefixes = ["10000000", "31415926", "27182818", "55512345", "98765432"]
    invalid = [
        prefix + str(digit)
        for prefix in prefixes
        for digit in range(10)
        if not elfproef(prefix + str(digit))
    ]
    assert len(invalid) >= 40
    text = "BSN: " + "; BSN: ".join(invalid)
    assert bsn_findings(analyzer, text) == []

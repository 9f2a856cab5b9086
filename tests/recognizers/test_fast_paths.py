"""The fast paths (trigger gates, match windows) are only speed-ups: on every text of the
recognizer tests, the subject tests and the corpus, plus adversarial texts, each recognizer must
find exactly what the plain version finds (Presidio's PatternRecognizer over the whole text,
libphonenumber's matcher over the whole text)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest
import regex
from phonenumbers import Leniency, PhoneNumberMatcher
from presidio_analyzer import Pattern, PatternRecognizer

from recognizers._fast import GatedPatternRecognizer, finditer_in, fold, merge
from recognizers._gate import SHARED_TRIGGERS, TriggerHits, TriggerScan, automaton, occurrences
from recognizers.confidential_marker import ConfidentialMarkerRecognizer
from recognizers.date_of_birth import DateOfBirthRecognizer, _has_birth_cue
from recognizers.email import _OBFUSCATED, EmailRecognizer
from recognizers.iban import _IBAN, IbanRecognizer
from recognizers.nl_bsn import NlBsnRecognizer
from recognizers.nl_id_document import NlIdDocumentRecognizer
from recognizers.nl_license_plate import NlLicensePlateRecognizer
from recognizers.nl_phone import NlPhoneRecognizer
from recognizers.nl_postcode import NlPostcodeRecognizer
from recognizers.secret import SecretRecognizer
from tests.recognizers.equivalence_texts import EQUIVALENCE_TEXTS, Span, spans


def _adversarial() -> list[str]:
    """Dense look-alikes: every trigger and anchor, many times, with odd joins."""
    pieces = [
        "jan punt jansen at gmail punt com",
        "a@b.nl",
        "x@y@z.nl",
        "(at) [dot] ",
        "AT",
        "@",
        "AB-12-CD",
        "12-ABC-3",
        "GBXL12",
        "A4",
        "ISO-27001",
        "+31 6 12345678",
        "(020) 123 4567",
        "0612345678",
        "2024",
        "06-1234 5678/0201234567",
        "geboren op 12-03-1985",
        "*1-2-1990",
        "VERTROUWELIJK",
        "Dep. V",
        "wachtwoord: Welkom123!",
        "api_key=abcdefghijklmnop1234",
        "https://u:p4ssw0rd@host/x",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmn",
        "NL91 ABNA 0417 1643 00",
        "nl91abna0417164300",
        "ıE29 NWBK 6016 1331 9268 19",
        "xNL91ABNA0417164300",
        "111222333",
        "1112.22.333",
        "0111 22 333",
        "NXC4R1T23",
        "paspoortnummer: XK9L27TP3",
        "PASPOORT nr XR1234567",
        "1234567890",
        "jan AT gmail punt com",
        "piet apenſtaartje ziggo punt nl",
        # secrets tried only just before their triggers: the farthest key cue, options
        "OCP-APIM-SUBSCRIPTION-KEY: 0123456789abcdefABCDEF",
        "x-api-key=Zx81kLmn0pQrStUvWx, --password=S3cr3tP4ss!, -pwd hunter22b, --token=abc",
        "pin:1234, PIN code is 5678, toegangscode 9012#, door-code: *4321",
        "svn+ssh-very-long-sch://user:p4ssw0rd@host, ab://c:d@e, a12345678901234567890://x:y@z",
        # month-first dates (searched only where a month name starts): overlapping prefixes,
        # case twins, long gaps, a month inside a word
        "geboren: maapr 3, 1990, Maart 12, 1985, SEPT. 4th,   \n  2001, ſep 1, 1999",
        "born december" + " " * 60 + "24," + "\t" * 50 + "1970; decjan 1, 2000, mei 5 2003",
        # labels tried only just before their triggers: the farthest trigger in a label
        "IDENTITEITSKAARTNUMMER: XR1234567, identiteitskaart XR1234568, Id-Kaart nr. XR12345",
        "driver's licence number for the trip: AB12345678, drivers license is 1234567890",
        "Paſpoort is XR1234569; residence permit card no. XK9L27TP3",
        # password cues tried only at their start
        "DB_PASS=Hunter22!x, db.pass: abcdef1!, PWD=geheim12, wachtwoord voor Citrix is Z1!abcde",
        "PASSWORD is S3cret!!x; mijn ww: Zomer2026!!; pw\tWelkom01!Tmp, passphrase: a b",
        # markings tried only where their first word starts: long gaps, case twins, repeats
        "STRIKT \t  vertrouwelijk tot besluit, ſtrikt vertrouwelijk tot 1 mei, geheim tot nader"
        " bericht, strikt strikt vertrouwelijk tot publicatie, vertrouwelijkgeheim tot 3",
        "Stg. Geheim, STG.   ZEER\tGEHEIM, ſtg confidentieel, Dep.V, Dep V, Dep.  V, xDep.V,"
        " departementaal   vertrouwelijk, stgstg geheim, Stg.Geheim?",
        # markings on their own line, tried only from starts of lines with a level word
        "VERTROUWELIJK\n> ** Geheim **\r\nx\rCONFIDENTIAL:\u2028Vertrouwelijk\n\t[( geheim -"
        " intern vertrouwelijk\n\nzeer geheim | geheim\nStg. Geheim\r\n  embargo /",
        "geheim geheim. Geheim (geheim) | geheim - geheim! x.\tVERTROUWELIJK.\n(  geheim  )"
        " [intern vertrouwelijk]\n– geheim\n— confidential\n.  Geheim\n· embargo · x ! geheim",
        # at-tokens found in the shared trigger pass
        "jan At gmail punt com, piet APENSTAARTJE ziggo punt nl, kat at, wat@, @at, aT (at)",
    ]
    joined = [" ".join(pieces), ",".join(pieces), "\n".join(pieces), "".join(pieces)]
    return [*joined, "0" * 500, "1 " * 300, "a." * 300 + "@b.nl", "(" * 50 + "0" * 30]


TEXTS = EQUIVALENCE_TEXTS + _adversarial()


def _assert_same_on_all_texts(
    fast: Callable[[str], set[Span]], plain: Callable[[str], set[Span]]
) -> None:
    differing = [index for index, text in enumerate(TEXTS) if fast(text) != plain(text)]
    assert differing == [], f"{len(differing)} texts differ, first at index {differing[:5]}"


GATED: list[Callable[[], GatedPatternRecognizer]] = [
    EmailRecognizer,
    NlPostcodeRecognizer,
    NlLicensePlateRecognizer,
    ConfidentialMarkerRecognizer,
    SecretRecognizer,
    NlBsnRecognizer,
    NlIdDocumentRecognizer,
]


@pytest.mark.parametrize("recognizer_class", GATED, ids=lambda c: c.__name__)
def test_gated_patterns_match_exactly_what_presidio_finds(
    recognizer_class: Callable[[], GatedPatternRecognizer],
) -> None:
    recognizer = recognizer_class()
    entities = recognizer.supported_entities

    def fast(text: str) -> set[Span]:
        return spans(GatedPatternRecognizer.analyze(recognizer, text, entities))

    def plain(text: str) -> set[Span]:
        return spans(PatternRecognizer.analyze(recognizer, text, entities))

    _assert_same_on_all_texts(fast, plain)


def test_date_of_birth_gate_drops_nothing() -> None:
    recognizer = DateOfBirthRecognizer()
    entities = recognizer.supported_entities

    def plain(text: str) -> set[Span]:
        results = PatternRecognizer.analyze(recognizer, text, entities)
        return spans([r for r in results if _has_birth_cue(text, r.start, r.end)])

    _assert_same_on_all_texts(lambda text: spans(recognizer.analyze(text, entities)), plain)


def test_iban_check_digit_anchors_find_what_a_search_everywhere_finds() -> None:
    recognizer = IbanRecognizer()
    # The same regex written differently is searched at every position, as before the anchors.
    plain_recognizer = IbanRecognizer(patterns=[Pattern("IBAN", _IBAN + "(?:)", 0.95)])

    def found(recognizer: IbanRecognizer, text: str) -> set[Span]:
        return spans(recognizer.analyze(text, recognizer.supported_entities))

    _assert_same_on_all_texts(
        lambda text: found(recognizer, text), lambda text: found(plain_recognizer, text)
    )


def test_phone_windows_find_what_the_matcher_finds_in_the_whole_text() -> None:
    recognizer = NlPhoneRecognizer()

    def plain(text: str) -> set[Span]:
        return {
            ("PHONE_NUMBER", m.start, m.end, 0.0)
            for m in PhoneNumberMatcher(text, "NL", leniency=Leniency.VALID)
            if m.raw_string.startswith(("+", "0", "("))
        }

    def fast(text: str) -> set[Span]:
        return {("PHONE_NUMBER", start, end, 0.0) for start, end in recognizer._matches(text)}

    _assert_same_on_all_texts(fast, plain)


def test_phone_candidates_skipped_before_parsing_give_no_kept_number() -> None:
    """Random runs of digits and the separators libphonenumber splits inner matches at: the
    matcher that skips candidates without a possible kept start finds the same numbers."""
    import random

    from recognizers.nl_phone import _KeptNumberMatcher

    generator = random.Random(20261123)
    alphabet = ["0", "0", "6", "1", "2", "3", "5", "7", "8", "9", "+", "(", ")", " ", "  ", "-"]
    alphabet += [" - ", "/", "//", ".", ". ", "\u2013", "\uff0d", "31", "06", "070", "0031"]
    texts = [
        "".join(generator.choice(alphabet) for _ in range(generator.randrange(4, 40)))
        for _ in range(3_000)
    ]
    texts += ["12-05-2024 en 06-12345678", "1.250,00 / 070-1234567", "(070) 123 45 67 / 2024"]

    def kept(matcher_class: type[PhoneNumberMatcher], text: str) -> list[tuple[int, int]]:
        return [
            (m.start, m.end)
            for m in matcher_class(text, "NL", leniency=Leniency.VALID)
            if m.raw_string.startswith(("+", "0", "("))
        ]

    differing = [t for t in texts if kept(_KeptNumberMatcher, t) != kept(PhoneNumberMatcher, t)]
    assert differing == []
    assert sum(1 for t in texts if kept(PhoneNumberMatcher, t)) > 100  # numbers were found


def test_the_gates_actually_skip_text_without_triggers() -> None:
    """Guards the speed-up itself: ordinary prose must not reach the patterns."""
    prose = "Kun je deze alinea over de begroting van 2026 korter en duidelijker maken?"
    assert not EmailRecognizer().may_match(prose)
    assert ConfidentialMarkerRecognizer().patterns_to_run(prose) == []
    assert SecretRecognizer().patterns_to_run(prose) == []
    assert all(windows == [] for windows in NlLicensePlateRecognizer().windows(prose).values())
    assert list(NlPhoneRecognizer()._matches(prose)) == []
    assert all(windows == [] for windows in NlBsnRecognizer().windows(prose).values())
    year = prose.index("2026")  # the only four digits: the postcode pattern runs only there
    assert list(NlPostcodeRecognizer().windows(prose).values()) == [[(year, year + 7)]]
    assert all(windows == [] for windows in NlIdDocumentRecognizer().windows(prose).values())
    id_document = NlIdDocumentRecognizer()
    assert len(id_document.patterns_to_run(prose)) == len(id_document.patterns) - 1


def test_fold_keeps_length_and_maps_case_twins_to_ascii() -> None:
    text = "İSTANBUL ſecret KEY ıd"
    assert fold(text) == "istanbul secret key id"
    assert len(fold(text)) == len(text)


def test_fold_remembers_only_the_very_same_text() -> None:
    """The last text's folded form is reused for that string object only."""
    first = "".join(["Geheim ", "ADRES"])
    assert fold(first) == "geheim adres"
    assert fold(first) is fold(first)
    other = "".join(["GEHEIM ", "adres"])  # equal when folded, another object
    assert fold(other) == "geheim adres"
    assert fold("".join(["X", "Y"])) == "xy" and fold(first) == "geheim adres"


def test_word_cue_needles_are_in_every_word_cue() -> None:
    """The cheap test before the word-cue regex may never skip a cue: every text the regex
    matches holds one of the needles once folded (random cue words, cases and case twins)."""
    import random

    from recognizers.date_of_birth import _WORD_CUE, _may_hold_word_cue

    words = ["geboren", "geb.", "geb", "GEB.DATUM", "geboortedatum", "Geboorte datum", "born"]
    words += ["BıRTH DATE", "birthday", "date of birth", "D.O.B.", "d.ob", "dob", "gebruik"]
    fillers = ["", " ", ": ", " op ", "\n", "x", "1", ". "]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(words if rng.random() < 0.5 else fillers) for _ in range(4))
        text = "".join(char.upper() if rng.random() < 0.3 else char for char in text)
        if _WORD_CUE.search(text):
            assert _may_hold_word_cue(fold(text)), text


def test_the_quick_elfproef_only_rejects_what_stdnum_rejects() -> None:
    import random

    from stdnum.nl import bsn

    from recognizers.nl_bsn import _fails_elfproef

    rng = random.Random(11)
    candidates = ["111222333", "1112.22.333", "111 222 333", "11122233", "000000000", ""]
    candidates += [
        "".join(rng.choices("0123456789 .-", k=rng.randint(7, 12))) for _ in range(20000)
    ]
    candidates += ["１１１２２２３３３", "111\u2013222\u2013333", "111222333\u00a0"]
    for candidate in candidates:
        if candidate.isascii():
            assert _fails_elfproef(candidate) == (not bsn.is_valid(candidate)), candidate
        else:
            assert not _fails_elfproef(candidate)  # stdnum decides
    assert sum(not _fails_elfproef(c) for c in candidates) > 1000


def test_merge_joins_overlapping_and_touching_windows() -> None:
    assert merge([(10, 20), (0, 5), (5, 8), (15, 30), (40, 41)]) == [(0, 8), (10, 30), (40, 41)]


def test_a_window_edge_does_not_invent_or_lose_a_match() -> None:
    """A candidate that only matches because the window cuts the text is decided on the full
    text: here the number runs on past the window."""
    digits = regex.compile(r"\d+(?!\d)")
    text = "ab 123456 cd 78"
    assert [m.span() for m in finditer_in(digits, text, [(0, 6)], peek=1)] == [(3, 9)]
    assert [m.span() for m in finditer_in(digits, text, [(0, 2)], peek=1)] == []


def test_possessive_words_in_obfuscated_addresses_change_no_match() -> None:
    """The obfuscated-address pattern takes each word whole; with backtracking words (plain
    ``*``) it finds the same on every text."""
    flags = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL
    possessive = regex.compile(_OBFUSCATED, flags)
    backtracking = regex.compile(_OBFUSCATED.replace(r"[\w\-]*+", r"[\w\-]*"), flags)
    assert possessive.pattern != backtracking.pattern
    found = 0
    for text in TEXTS:
        expected = [m.span() for m in backtracking.finditer(text)]
        assert [m.span() for m in possessive.finditer(text)] == expected
        found += len(expected)
    assert found > 50


def test_a_one_character_window_is_matched_on_the_full_text() -> None:
    """A known start is matched there, however far the match runs past the peek; a match that
    starts elsewhere is not this window's."""
    spaced = regex.compile(r"\bjan\s+\d+")
    text = "x jan" + " " * 100 + "12 jan 3"
    assert [m.span() for m in finditer_in(spaced, text, [(2, 3)], peek=1)] == [(2, 107)]
    assert [m.span() for m in finditer_in(spaced, text, [(1, 2), (3, 4)], peek=99)] == []
    assert [m.group() for m in finditer_in(spaced, text, [(108, 109)], peek=1)] == ["jan 3"]


@pytest.mark.parametrize(
    "recognizer_class",
    [EmailRecognizer, NlLicensePlateRecognizer, NlPhoneRecognizer, DateOfBirthRecognizer],
    ids=lambda c: c.__name__,
)
def test_time_grows_linearly_on_adversarial_text(recognizer_class: type) -> None:
    recognizer = recognizer_class()
    small, large = (" ".join(_adversarial()) * n for n in (2, 20))

    def seconds(text: str) -> float:
        # Best of three: a pause of the shared machine in one run is not the recognizer's.
        timings = []
        for _ in range(3):
            begin = time.perf_counter()
            recognizer.analyze(text, recognizer.supported_entities)
            timings.append(time.perf_counter() - begin)
        return min(timings)

    # Ten times the text may take well under a hundred times as long (quadratic would).
    assert seconds(large) < 40 * seconds(small) + 0.05


def test_a_shared_trigger_pass_finds_what_a_fresh_one_finds() -> None:
    """In the engine the gated recognizers share one trigger pass per text through the text's
    NlpArtifacts; each must find exactly what it finds when it scans the text on its own, and a
    pass cached for one text must never answer for another."""
    from gateway.engine.nlp import LANGUAGE, build_nlp_engine
    from recognizers.criminal_data import CriminalDataRecognizer
    from recognizers.health_data import HealthDataRecognizer
    from recognizers.special_category import SpecialCategoryRecognizer

    nlp_engine = build_nlp_engine()
    recognizers = [
        *(recognizer_class() for recognizer_class in GATED),
        HealthDataRecognizer(),
        CriminalDataRecognizer(),
        SpecialCategoryRecognizer(),
    ]
    previous = None
    for text in TEXTS:
        artifacts = nlp_engine.process_text(text, LANGUAGE)
        for recognizer in recognizers:
            entities = recognizer.supported_entities
            alone = spans(recognizer.analyze(text, entities))
            assert spans(recognizer.analyze(text, entities, artifacts)) == alone, text[:40]
            if previous is not None:  # artifacts of another text: rescans, same results
                assert spans(recognizer.analyze(text, entities, previous)) == alone
        previous = artifacts


def test_registering_triggers_later_invalidates_a_cached_pass() -> None:
    class Artifacts:
        def __init__(self) -> None:
            self.per_text_cache: dict[object, object] = {}

    scan = TriggerScan()
    scan.register(["geheim"], ["TLP"])
    text = "GEHEIM: TLP:RED, diabetes"
    assert scan.hits(text, Artifacts()) == ({"geheim": [0]}, {"TLP": [8]})
    scan.register(["diabet"], [])
    assert scan.hits(text, Artifacts()) == ({"geheim": [0], "diabet": [17]}, {"TLP": [8]})


def two_pass_hits(scan: TriggerScan, text: str) -> tuple[TriggerHits, TriggerHits]:
    """The straightforward trigger scan: folded triggers in the folded text, cased ones in the
    text as written, each with its own automaton."""
    return (
        occurrences(automaton(scan._folded), fold(text)),
        occurrences(automaton(scan._cased), text),
    )


def test_one_merged_trigger_pass_finds_what_two_passes_find() -> None:
    """The cased triggers are found by their folded form in the one pass over the folded text
    and checked in the text as written: the same hits as a second pass over the text, on all
    equivalence texts and on random text full of capitals, case twins and near misses."""
    import recognizers  # noqa: F401  registers every recognizer's triggers

    scan = SHARED_TRIGGERS
    assert scan._cased and all(word.isascii() for word in scan._cased)
    pieces = [*sorted(scan._cased), *sorted(scan._folded)[::7], "K", "ſ", "İ", "ı", "Σ", " "]
    rng = random.Random(17)
    mixed = [
        "".join(rng.choice([piece, piece.lower(), piece.upper()]) for piece in chosen)
        for chosen in (rng.choices(pieces, k=rng.randint(1, 12)) for _ in range(3000))
    ]
    for text in [*TEXTS, *mixed]:
        assert scan.hits(text) == two_pass_hits(scan, text), text[:40]


def test_cased_triggers_beyond_ascii_and_in_lower_case_are_found_as_written() -> None:
    scan = TriggerScan()
    scan.register(["geheim", "ms"], ["MS", "ms", "Ölçü", "TLP"])
    for text in ["MS ms Ms ÖLÇÜ Ölçü ölçü TLP tlp", "geheim GEHEIM Ölçü-MS", "", "İı"]:
        assert scan.hits(text) == two_pass_hits(scan, text)
    assert scan.hits("Ölçü, MS en ms") == (
        {"ms": [6, 12]},
        {"Ölçü": [0], "MS": [6], "ms": [12]},
    )


def test_birth_cue_gate_read_from_the_trigger_pass_equals_a_search_of_the_text() -> None:
    """The date-of-birth gate reads cue words and shape starts from the shared trigger pass;
    it must say what searching the folded text for every cue word and shape says."""
    import random
    import re

    from recognizers.date_of_birth import _CUE_SHAPES, _CUE_WORDS, _SIGN_SHAPE, _may_hold_cue

    def searched(text: str) -> bool:
        folded = fold(text)
        return any(word in folded for word in _CUE_WORDS) or any(
            shape.search(folded) is not None for shape in (*_CUE_SHAPES, _SIGN_SHAPE)
        )

    pieces = ["geb", "geb.", "GEBOREN", "gebruik", "d.o.b", "D.Ob", "do b", "born", "Bırth"]
    pieces += ["jarig", "verjaardag", "* ", "*1", "°", "° x", " ", "x", "12", ".", "\n"]
    rng = random.Random(9)
    texts = TEXTS + ["".join(rng.choices(pieces, k=rng.randint(0, 6))) for _ in range(5000)]
    assert sum(map(searched, texts)) > 1000
    for text in texts:
        assert _may_hold_cue(text, None) == searched(text), re.escape(text[:60])

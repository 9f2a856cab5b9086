from __future__ import annotations

from gateway.config.policy import EntityRule
from gateway.engine.allow_terms import AllowTerms
from gateway.engine.decide import decide, resolve_overlaps
from gateway.engine.redact import redact
from gateway.engine.types import Action, Decision, Finding

RULES = {
    "NL_BSN": EntityRule(action=Action.BLOCK, threshold=0.5),
    "PERSON": EntityRule(action=Action.REDACT, threshold=0.5),
    "EMAIL_ADDRESS": EntityRule(action=Action.REDACT, threshold=0.5),
    "NL_POSTCODE": EntityRule(action=Action.REDACT, threshold=0.5),
    "ADDRESS": EntityRule(action=Action.REDACT, threshold=0.5),
    "PHONE_NUMBER": EntityRule(action=Action.LOG, threshold=0.5),
}


def finding(text: str, value: str, kind: str, score: float = 0.85, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Finding(kind, start, start + len(value), score, "test")


def test_same_value_gets_same_placeholder_and_mapping_restores_it() -> None:
    text = "Jan de Vries belde. Mail jan@example.nl. Later belde Jan de Vries opnieuw."
    findings = [
        finding(text, "Jan de Vries", "PERSON"),
        finding(text, "jan@example.nl", "EMAIL_ADDRESS"),
        finding(text, "Jan de Vries", "PERSON", nth=1),
    ]
    redacted, mapping = redact(text, findings)
    assert redacted == ("[PERSOON_1] belde. Mail [E-MAIL_1]. Later belde [PERSOON_1] opnieuw.")
    assert mapping == {"[PERSOON_1]": "Jan de Vries", "[E-MAIL_1]": "jan@example.nl"}
    restored = redacted
    for placeholder, value in mapping.items():
        restored = restored.replace(placeholder, value)
    assert restored == text


def test_different_values_are_numbered_per_label() -> None:
    text = "Piet Jansen en Fatima El Amrani"
    redacted, _ = redact(
        text, [finding(text, "Piet Jansen", "PERSON"), finding(text, "Fatima El Amrani", "PERSON")]
    )
    assert redacted == "[PERSOON_1] en [PERSOON_2]"


def test_block_beats_redact_and_reasons_are_ordered_by_severity() -> None:
    text = "Jan de Vries, BSN 111222333"
    verdict = decide(
        [finding(text, "Jan de Vries", "PERSON"), finding(text, "111222333", "NL_BSN")], RULES
    )
    assert verdict.decision is Decision.BLOCK
    assert verdict.reasons == ["block:NL_BSN", "redact:PERSON"]


def test_threshold_and_log_action() -> None:
    text = "Bel 0612345678 of schrijf Jan"
    low = finding(text, "Jan", "PERSON", score=0.3)
    phone = finding(text, "0612345678", "PHONE_NUMBER")
    verdict = decide([low, phone], RULES)
    assert verdict.decision is Decision.ALLOW
    assert verdict.findings == [phone]
    assert verdict.reasons == ["log:PHONE_NUMBER"]
    assert verdict.to_redact == []


def test_unknown_entity_types_are_ignored_by_policy() -> None:
    verdict = decide([Finding("PERSON_REFERENCE", 0, 5, 0.9, "x")], RULES)
    assert verdict.decision is Decision.ALLOW
    assert verdict.findings == []


def test_overlap_keeps_strictest_then_longest() -> None:
    text = "Kerkstraat 12, 2271 AB Voorburg"
    address = finding(text, "Kerkstraat 12", "ADDRESS")
    inner_person = finding(text, "Kerkstraat", "PERSON", score=0.9)
    postcode = finding(text, "2271 AB", "NL_POSTCODE")
    kept = resolve_overlaps([inner_person, postcode, address], RULES)
    assert kept == [address, postcode]
    bsn_inside = Finding("NL_BSN", 0, 9, 0.6, "x")
    longer_phone = Finding("PHONE_NUMBER", 0, 12, 0.9, "x")
    assert resolve_overlaps([longer_phone, bsn_inside], RULES) == [bsn_inside]


def test_allow_terms_drop_findings_inside_them_only() -> None:
    text = "Mail info@gemeente.nl of jan@gemeente.nl, kom naar Stadhuisplein 10."
    terms = AllowTerms(["info@gemeente.nl", "Stadhuisplein  1"])
    findings = [
        finding(text, "info@gemeente.nl", "EMAIL_ADDRESS"),
        finding(text, "jan@gemeente.nl", "EMAIL_ADDRESS"),
        finding(text, "Stadhuisplein 10", "ADDRESS"),
    ]
    kept = terms.drop_allowed(text, findings)
    assert [text[f.start : f.end] for f in kept] == ["jan@gemeente.nl", "Stadhuisplein 10"]
    assert AllowTerms(["INFO@Gemeente.nl"]).spans(text) == [(5, 21)]


def test_overlap_resolution_matches_the_pairwise_rule_on_random_findings() -> None:
    """resolve_overlaps keeps a finding iff it overlaps no finding kept before it (in priority
    order); the bisect bookkeeping must give exactly that, also with zero-length spans."""
    import random

    from gateway.engine.decide import action_for

    def pairwise(findings: list[Finding]) -> list[Finding]:
        def priority(item: Finding) -> tuple[int, int, float]:
            rank = ["allow", "log", "redact", "block"].index(action_for(item, RULES).value)
            return (rank, item.end - item.start, item.score)

        kept: list[Finding] = []
        for item in sorted(findings, key=priority, reverse=True):
            if all(item.end <= other.start or item.start >= other.end for other in kept):
                kept.append(item)
        return sorted(kept, key=lambda item: (item.start, item.end))

    generator = random.Random(20261123)
    for _ in range(2_000):
        findings = [
            Finding(
                generator.choice([*RULES, "OTHER"]),
                start := generator.randrange(0, 40),
                start + generator.randrange(0, 8),
                generator.choice([0.3, 0.5, 0.85, 1.0]),
                "test",
            )
            for _ in range(generator.randrange(0, 30))
        ]
        assert resolve_overlaps(findings, RULES) == pairwise(findings)


def test_functional_mailboxes_are_allowed_at_any_domain_but_personal_addresses_are_not() -> None:
    text = "Mail woo@gemeente-oost.nl, Servicedesk@ict.example.org of jan.woo@gemeente-oost.nl."
    terms = AllowTerms([], ["woo", "servicedesk"])
    findings = [
        finding(text, "woo@gemeente-oost.nl", "EMAIL_ADDRESS"),
        finding(text, "Servicedesk@ict.example.org", "EMAIL_ADDRESS"),
        finding(text, "jan.woo@gemeente-oost.nl", "EMAIL_ADDRESS"),
    ]
    kept = terms.drop_allowed(text, findings)
    assert [text[f.start : f.end] for f in kept] == ["jan.woo@gemeente-oost.nl"]
    assert AllowTerms([], ["woo"]).spans("woordvoerder@gemeente.nl") == []


def test_allow_terms_find_what_the_full_pattern_finds() -> None:
    """The needle gate must not change a span: compare with the pattern of all alternatives."""
    import re

    terms = ["info@gemeente.nl", "Stadhuisplein 1", "Stadhuisplein 10", "14 020", "Ærø plein 2"]
    mailboxes = ["woo", "info", "servicedesk"]
    allow = AllowTerms(terms, mailboxes)
    # The reference: every term and one alternation of all mailboxes, longest first.
    escaped = sorted((r"\s+".join(map(re.escape, t.split())) for t in terms), key=len, reverse=True)
    local_parts = "|".join(sorted(map(re.escape, mailboxes), key=len, reverse=True))
    escaped.append(r"(?<![\w.+-])(?:" + local_parts + r")@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")
    full = re.compile(r"(?<!\w)(?:" + "|".join(escaped) + r")(?!\w)", re.IGNORECASE)
    texts = [
        "Bel 14  020 of mail INFO@GEMEENTE.NL, woo@x.nl, jan.woo@x.nl, Stadhuisplein 10.",
        "stadhuisplein\t1 en STADHUISPLEIN 10a, ærø PLEIN 2, Servicedesk@ict.example.org",
        "Geen van alle: 14020, info-gemeente.nl, Stadhuis 1, woo@, @gemeente.nl",
        "İnfo@gemeente.nl en ſervicedesk@x.org (case twins), K14 020",
        "",
    ]
    for text in texts:
        assert allow.spans(text) == [match.span() for match in full.finditer(text)]
    assert allow.spans(texts[0]) != []
    assert allow.spans(texts[2]) == []


def test_allow_terms_tried_only_at_needles_find_what_a_full_search_finds() -> None:
    """With ASCII terms only, the pattern is tried only where a needle starts; random joins of
    terms, near-misses, case twins and overlapping terms must give what finditer gives."""
    import random
    import re

    terms = ["info@gemeente.nl", "Stadhuisplein 1", "Stadhuisplein 10", "14 020", "plein 10"]
    mailboxes = ["woo", "info", "servicedesk", "fg"]
    allow = AllowTerms(terms, mailboxes)
    escaped = sorted((r"\s+".join(map(re.escape, t.split())) for t in terms), key=len, reverse=True)
    escaped += [
        r"(?<![\w.+-])(?:" + re.escape(part) + r")@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
        for part in sorted(mailboxes, key=len, reverse=True)
    ]
    full = re.compile(r"(?<!\w)(?:" + "|".join(escaped) + r")(?!\w)", re.IGNORECASE)
    pieces = [
        *("INFO@Gemeente.NL", "stadhuisplein  10", "Stadhuisplein\t1", "14 020", "14020"),
        *("woo@x.nl", "fg@a.b.org", "jan.woo@x.nl", "ſervicedesk@ict.eu", "İnfo@gemeente.nl"),
        *("plein 10", "x", "@", ".", " ", "\n", "a1", "-"),
    ]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 8)))
        assert allow.spans(text) == [match.span() for match in full.finditer(text)], text


def test_needle_lookup_at_each_at_sign_finds_what_an_automaton_finds() -> None:
    """Needles with an "@" are looked up at each "@", the others found with str.find (or an
    automaton when many): every occurrence, overlaps included, as one automaton of all finds."""
    import json
    import random

    from gateway.config.loader import load_config
    from gateway.engine.allow_terms import _needle, _Needles
    from gateway.settings import BUNDLED_CONFIG_DIR
    from recognizers._gate import automaton, fold, occurrences
    from tests.recognizers.equivalence_texts import CORPUS

    policy = load_config(BUNDLED_CONFIG_DIR).policy
    bundled = [_needle(term.split()[0]) for term in policy.allow_terms]
    bundled += [_needle(local + "@") for local in policy.functional_mailboxes]
    words = ["info", "woo", "a", "ab", "aba", "x@y", "@", "14", "020", "plein", "stadhuis"]
    generator = random.Random(7)
    many = [
        "".join(generator.choices(["a", "b", "@", "1", "@b", "a@a"], k=generator.randint(1, 5)))
        for _ in range(40)
    ]
    needle_lists = [[n for n in bundled if n], words, many, ["@@", "a@@b", "@a@"], []]
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    texts += [
        " ".join(generator.choices([*words, "@@", "WOO@", "a@a@a", "İnfo@", "\n"], k=20))
        for _ in range(2000)
    ]
    for needles in needle_lists:
        fast = _Needles(needles)
        full = automaton(needles)
        for text in texts:
            folded = fold(text)
            assert fast.occurrences(folded) == occurrences(full, folded), (needles[:3], text[:40])

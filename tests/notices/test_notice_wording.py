from __future__ import annotations

import dataclasses

import pytest

from gateway.config.notices import EntityLabel, NoticeBranding
from gateway.notices import NoticeContext, staff_message
from gateway.notices.wording import ENTITY_LABELS, entity_label, join_dutch

# The Dutch forms staff read: (type, "een ...", "3 ...").
DUTCH_FORMS = [
    ("NL_BSN", "een BSN", "3 BSN's"),
    ("PERSON", "een naam", "3 namen"),
    ("ADDRESS", "een adres", "3 adressen"),
    ("NL_POSTCODE", "een postcode", "3 postcodes"),
    ("PHONE_NUMBER", "een telefoonnummer", "3 telefoonnummers"),
    ("EMAIL_ADDRESS", "een e-mailadres", "3 e-mailadressen"),
    ("IBAN_CODE", "een rekeningnummer", "3 rekeningnummers"),
    ("DATE_OF_BIRTH", "een geboortedatum", "3 geboortedata"),
    ("HEALTH_DATA", "een gezondheidsgegeven", "3 gezondheidsgegevens"),
    ("CRIMINAL_DATA", "een strafrechtelijk gegeven", "3 strafrechtelijke gegevens"),
    ("SPECIAL_CATEGORY", "een bijzonder persoonsgegeven", "3 bijzondere persoonsgegevens"),
    ("CONFIDENTIAL_MARKER", "een vertrouwelijkheidsmarkering", "3 vertrouwelijkheidsmarkeringen"),
    ("SECRET", "een wachtwoord of sleutel", "3 wachtwoorden of sleutels"),
    ("NL_ID_DOCUMENT", "een documentnummer", "3 documentnummers"),
    ("NL_LICENSE_PLATE", "een kenteken", "3 kentekens"),
]


def blocked(counts: dict[str, int], **changes: object) -> NoticeContext:
    base = NoticeContext(
        kind="prompt_blocked",
        service_name="ChatGPT",
        vendor="OpenAI",
        country="US",
        entity_counts=counts,
        incident="2026-11-23-000042",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_every_engine_entity_type_has_a_dutch_name() -> None:
    assert {entity for entity, _, _ in DUTCH_FORMS} == set(ENTITY_LABELS)


@pytest.mark.parametrize(("entity", "one", "three"), DUTCH_FORMS)
def test_singular_and_plural(entity: str, one: str, three: str, branding: NoticeBranding) -> None:
    assert staff_message(blocked({entity: 1}, incident=""), branding) == (
        f"Je prompt is niet verzonden: hij bevat {one}."
    )
    redacted = blocked({entity: 3}, kind="prompt_redacted", incident="")
    assert staff_message(redacted, branding) == f"Je prompt is verzonden zonder {three}."


def test_blocked_prompt_names_types_counts_and_incident(branding: NoticeBranding) -> None:
    ctx = blocked(
        {"NL_BSN": 1, "HEALTH_DATA": 2, "PERSON": 1},
        reasons=["entity:NL_BSN", "entity:HEALTH_DATA"],
    )
    assert staff_message(ctx, branding) == (
        "Je prompt is niet verzonden: hij bevat een BSN en 2 gezondheidsgegevens. "
        "Incident 2026-11-23-000042."
    )


def test_redacted_prompt_lists_every_counted_type_without_reasons(
    branding: NoticeBranding,
) -> None:
    ctx = blocked({"EMAIL_ADDRESS": 1, "PERSON": 2}, kind="prompt_redacted", incident="")
    assert staff_message(ctx, branding) == (
        "Je prompt is verzonden zonder 2 namen en een e-mailadres."
    )


def test_reason_without_count_still_counts_once(branding: NoticeBranding) -> None:
    ctx = blocked({}, reasons=["entity:SECRET"], incident="")
    assert "hij bevat een wachtwoord of sleutel." in staff_message(ctx, branding)


def test_blocked_without_any_type_still_reads_well(branding: NoticeBranding) -> None:
    message = staff_message(blocked({}, incident=""), branding)
    assert message == (
        "Je prompt is niet verzonden: hij bevat gegevens die niet naar een AI-dienst mogen."
    )


def test_admin_types_use_configured_label_or_readable_fallback(branding: NoticeBranding) -> None:
    ctx = blocked({"ZAAKNUMMER": 2, "PROJECT_CODE": 1}, kind="prompt_redacted", incident="")
    message = staff_message(ctx, branding)
    assert message == (
        "Je prompt is verzonden zonder een gegeven van het type project code en 2 zaaknummers."
    )
    assert "PROJECT_CODE" not in message and "ZAAKNUMMER" not in message


def test_configured_label_overrides_built_in(branding: NoticeBranding) -> None:
    custom = branding.model_copy(
        update={"entity_labels": {"PERSON": EntityLabel(singular="persoon", plural="personen")}}
    )
    assert entity_label("PERSON", custom).plural == "personen"
    ctx = blocked({"PERSON": 2}, kind="prompt_redacted", incident="")
    assert staff_message(ctx, custom) == "Je prompt is verzonden zonder 2 personen."


@pytest.mark.parametrize(
    ("items", "joined"),
    [([], ""), (["a"], "a"), (["a", "b"], "a en b"), (["a", "b", "c"], "a, b en c")],
)
def test_join_dutch(items: list[str], joined: str) -> None:
    assert join_dutch(items) == joined


def test_not_approved_service_says_how_to_request_approval(branding: NoticeBranding) -> None:
    ctx = blocked({}, kind="service_blocked", reasons=["service_not_approved"], incident="")
    assert staff_message(ctx, branding) == (
        "ChatGPT is niet goedgekeurd door de gemeente. " + branding.approval.text
    )


def test_high_risk_country_names_the_country_in_dutch(branding: NoticeBranding) -> None:
    ctx = blocked(
        {},
        kind="service_blocked",
        service_name="DeepSeek",
        country="CN",
        reasons=["high_risk_country", "service_not_approved"],
        incident="2026-11-23-000043",
    )
    assert staff_message(ctx, branding) == (
        "DeepSeek is geblokkeerd: de dienst valt onder China, een land met een offensief "
        "cyberprogramma tegen Nederland (advies AIVD/VNG). Incident 2026-11-23-000043."
    )
    russian = dataclasses.replace(ctx, service_name="GigaChat", country="RU", incident="")
    assert "valt onder Rusland," in staff_message(russian, branding)


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("screening_timeout", "de controle op persoonsgegevens duurde te lang"),
        ("body_too_large", "het bericht is te groot om te controleren"),
        ("screening_busy", "de gateway is even te druk"),
        ("unparseable_body", "de gateway kon het bericht niet lezen"),
        ("something_new", "de controle op persoonsgegevens is mislukt"),
    ],
)
def test_screening_failure_explains_why(
    reason: str, expected: str, branding: NoticeBranding
) -> None:
    ctx = blocked({}, kind="screening_failed", reasons=[reason])
    message = staff_message(ctx, branding)
    assert message.startswith(f"Je prompt is niet verzonden: {expected}")
    assert message.endswith("Incident 2026-11-23-000042.")


def test_configured_templates_are_used(branding: NoticeBranding) -> None:
    templates = branding.templates.model_copy(
        update={"prompt_blocked": "Niet verstuurd naar {service} wegens {items}."}
    )
    custom = branding.model_copy(update={"templates": templates})
    ctx = blocked({"NL_BSN": 2}, incident="")
    assert staff_message(ctx, custom) == "Niet verstuurd naar ChatGPT wegens 2 BSN's."


def test_braces_in_a_service_name_are_not_template_syntax(branding: NoticeBranding) -> None:
    ctx = blocked({}, kind="service_blocked", service_name="{approval} {0} {x.__class__}")
    assert staff_message(ctx, branding).startswith("{approval} {0} {x.__class__} is niet")


def test_context_carries_no_field_for_found_values() -> None:
    # Privacy by design: a notice can only say what it is given, and it is never given text.
    assert [field.name for field in dataclasses.fields(NoticeContext)] == [
        "kind",
        "service_name",
        "vendor",
        "country",
        "reasons",
        "entity_counts",
        "incident",
        "api_format",
    ]

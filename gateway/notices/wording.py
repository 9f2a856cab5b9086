"""Dutch wording: names of entity types with singular and plural, list joining, country names and
the one or two sentences that tell a staff member what happened (``staff_message``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from gateway.config.notices import EntityLabel, NoticeBranding
from gateway.notices.context import NoticeContext

# Order is the order in which types are mentioned: the most sensitive first.
ENTITY_LABELS: dict[str, EntityLabel] = {
    name: EntityLabel(singular=singular, plural=plural)
    for name, singular, plural in (
        ("NL_BSN", "BSN", "BSN's"),
        ("HEALTH_DATA", "gezondheidsgegeven", "gezondheidsgegevens"),
        ("CRIMINAL_DATA", "strafrechtelijk gegeven", "strafrechtelijke gegevens"),
        ("SPECIAL_CATEGORY", "bijzonder persoonsgegeven", "bijzondere persoonsgegevens"),
        ("CONFIDENTIAL_MARKER", "vertrouwelijkheidsmarkering", "vertrouwelijkheidsmarkeringen"),
        ("SECRET", "wachtwoord of sleutel", "wachtwoorden of sleutels"),
        ("NL_ID_DOCUMENT", "documentnummer", "documentnummers"),
        ("PERSON", "naam", "namen"),
        ("ADDRESS", "adres", "adressen"),
        ("NL_POSTCODE", "postcode", "postcodes"),
        ("PHONE_NUMBER", "telefoonnummer", "telefoonnummers"),
        ("EMAIL_ADDRESS", "e-mailadres", "e-mailadressen"),
        ("IBAN_CODE", "rekeningnummer", "rekeningnummers"),
        ("DATE_OF_BIRTH", "geboortedatum", "geboortedata"),
        ("NL_LICENSE_PLATE", "kenteken", "kentekens"),
    )
}

COUNTRY_NAMES: dict[str, str] = {
    "CN": "China",
    "RU": "Rusland",
    "IR": "Iran",
    "KP": "Noord-Korea",
    "US": "de Verenigde Staten",
    "NL": "Nederland",
    "FR": "Frankrijk",
    "DE": "Duitsland",
    "GB": "het Verenigd Koninkrijk",
    "IE": "Ierland",
    "CA": "Canada",
    "IL": "Israël",
    "AE": "de Verenigde Arabische Emiraten",
    "KR": "Zuid-Korea",
    "JP": "Japan",
    "SG": "Singapore",
    "CH": "Zwitserland",
}

# Why a prompt could not be screened, completing "Je prompt is niet verzonden: ...".
SCREENING_FAILURES: dict[str, str] = {
    "screening_timeout": "de controle op persoonsgegevens duurde te lang. Probeer het opnieuw",
    "screening_busy": (
        "de gateway is even te druk om je bericht te controleren. Probeer het zo opnieuw"
    ),
    "body_too_large": "het bericht is te groot om te controleren. Verstuur een kortere tekst",
    "unparseable_body": "de gateway kon het bericht niet lezen en dus niet controleren",
}
SCREENING_FAILURE_DEFAULT = "de controle op persoonsgegevens is mislukt. Probeer het opnieuw"


def entity_label(entity: str, branding: NoticeBranding) -> EntityLabel:
    """The Dutch name of ``entity``; admin-defined types without a label read as
    'gegeven van het type zaaknummer' so that any type name still forms a correct sentence."""
    label = branding.entity_labels.get(entity) or ENTITY_LABELS.get(entity)
    if label is not None:
        return label
    readable = entity.replace("_", " ").lower().strip() or "onbekend"
    return EntityLabel(
        singular=f"gegeven van het type {readable}", plural=f"gegevens van het type {readable}"
    )


def counted(count: int, label: EntityLabel) -> str:
    """'een naam', '2 namen'."""
    return f"een {label.singular}" if count == 1 else f"{count} {label.plural}"


def join_dutch(items: Sequence[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} en {items[-1]}"


def country_name(code: str, branding: NoticeBranding) -> str:
    code = code.upper()
    return branding.country_names.get(code) or COUNTRY_NAMES.get(code) or code or "onbekend land"


def entity_items(ctx: NoticeContext, branding: NoticeBranding) -> str:
    """The found types with counts as one Dutch phrase, e.g. 'een BSN en 2 gezondheidsgegevens'.

    When the reasons name entity types (``entity:NL_BSN``), only those are mentioned: they are
    what caused this decision. Otherwise every counted type is.
    """
    counts = relevant_counts(ctx.reasons, ctx.entity_counts)
    if not counts:
        return "gegevens die niet naar een AI-dienst mogen"
    return join_dutch([counted(n, entity_label(entity, branding)) for entity, n in counts.items()])


def relevant_counts(reasons: Sequence[str], counts: Mapping[str, int]) -> dict[str, int]:
    named = [reason.removeprefix("entity:") for reason in reasons if reason.startswith("entity:")]
    selected = named or [entity for entity, n in counts.items() if n > 0]
    # A type named as reason but missing from the counts was still found at least once.
    chosen = {entity: max(counts.get(entity, 1), 1) for entity in dict.fromkeys(selected)}
    known_order = list(ENTITY_LABELS)
    return dict(
        sorted(
            chosen.items(),
            key=lambda item: (
                known_order.index(item[0]) if item[0] in known_order else len(known_order),
                item[0],
            ),
        )
    )


def screening_failure(reasons: Sequence[str]) -> str:
    for reason in reasons:
        if reason in SCREENING_FAILURES:
            return SCREENING_FAILURES[reason]
    return SCREENING_FAILURE_DEFAULT


def staff_message(ctx: NoticeContext, branding: NoticeBranding) -> str:
    """One or two clear Dutch sentences plus the incident number. Types and counts only."""
    templates = branding.templates
    service = ctx.service_name or "Deze AI-dienst"
    template: str
    fields: dict[str, str]
    if ctx.kind == "service_blocked" and "high_risk_country" in ctx.reasons:
        template = templates.high_risk_country
        fields = {"vendor": ctx.vendor, "country": country_name(ctx.country, branding)}
    elif ctx.kind == "service_blocked":
        template = templates.service_not_approved
        fields = {"vendor": ctx.vendor, "approval": branding.approval.text}
    elif ctx.kind == "screening_failed":
        template = templates.screening_failed
        fields = {"reason": screening_failure(ctx.reasons)}
    else:
        blocked = ctx.kind == "prompt_blocked"
        template = templates.prompt_blocked if blocked else templates.prompt_redacted
        fields = {"items": entity_items(ctx, branding)}
    text = template.format_map({"service": service, **fields})
    if ctx.incident:
        text = f"{text} {templates.incident.format_map({'incident': ctx.incident})}"
    return text.strip()

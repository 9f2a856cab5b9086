"""What staff see (``config/notices.yaml``): the municipality's name, contacts, AI-policy link,
colours and the Dutch sentences of every notice. Validated strictly so that a typo in a template
placeholder or an unreadable colour combination is caught by ``gateway config check``, not by a
staff member staring at a broken warning."""

from __future__ import annotations

import re
import string
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
# WCAG 2.1 AA for normal text.
MIN_CONTRAST = 4.5

# Placeholders each template may use; a template is filled with ``str.format_map``.
TEMPLATE_FIELDS: dict[str, frozenset[str]] = {
    "service_not_approved": frozenset({"service", "vendor", "approval"}),
    "high_risk_country": frozenset({"service", "vendor", "country"}),
    "prompt_blocked": frozenset({"service", "items"}),
    "prompt_redacted": frozenset({"service", "items"}),
    "screening_failed": frozenset({"service", "reason"}),
    "incident": frozenset({"incident"}),
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Link(_Strict):
    url: str = Field(pattern=r"^(https?://|mailto:)\S+$")
    label: str = Field(min_length=1)


class Contact(_Strict):
    """One place staff can turn to, e.g. the iBoard, the servicedesk, the CISO or the privacy
    officer. At least one way to reach them is required."""

    role: str = Field(min_length=1)
    name: str = ""
    email: str = Field(default="", pattern=r"^$|^[^@\s]+@[^@\s]+$")
    phone: str = ""
    url: str = Field(default="", pattern=r"^$|^https?://\S+$")

    @model_validator(mode="after")
    def _reachable(self) -> Self:
        if not (self.email or self.phone or self.url):
            raise ValueError(f"contact '{self.role}': geef minstens een email, phone of url op")
        return self


class Approval(_Strict):
    """How a staff member requests approval for a service that is not (yet) approved."""

    text: str = Field(min_length=1)
    url: str = Field(default="", pattern=r"^$|^https?://\S+$")


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class Colours(_Strict):
    """Colour pairs; each background must contrast with its text colour (WCAG AA, 4.5:1)."""

    brand: str = "#1d3f72"
    brand_text: str = "#ffffff"
    blocked: str = "#9b1c1c"
    blocked_text: str = "#ffffff"
    redacted: str = "#1d3f72"
    redacted_text: str = "#ffffff"

    @field_validator("*")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not _HEX_COLOUR.match(value):
            raise ValueError(f"kleur {value!r} moet de vorm #rrggbb hebben, bijv. #1d3f72")
        return value.lower()

    @model_validator(mode="after")
    def _readable(self) -> Self:
        for background in ("brand", "blocked", "redacted"):
            text = f"{background}_text"
            ratio = contrast_ratio(getattr(self, background), getattr(self, text))
            if ratio < MIN_CONTRAST:
                raise ValueError(
                    f"contrast tussen {background} en {text} is {ratio:.1f}:1; "
                    f"minimaal {MIN_CONTRAST}:1 nodig voor leesbaarheid (WCAG AA)"
                )
        return self


class EntityLabel(_Strict):
    """Dutch name of an entity type as staff read it: 'een {singular}' / '2 {plural}'."""

    singular: str = Field(min_length=1)
    plural: str = Field(min_length=1)


class Templates(_Strict):
    """The sentences of every notice. Placeholders between braces; which ones each template may
    use is fixed (see TEMPLATE_FIELDS). Write ``{{`` for a literal brace."""

    service_not_approved: str = "{service} is niet goedgekeurd door de gemeente. {approval}"
    high_risk_country: str = (
        "{service} is geblokkeerd: de dienst valt onder {country}, een land met een offensief "
        "cyberprogramma tegen Nederland (advies AIVD/VNG)."
    )
    prompt_blocked: str = "Je prompt is niet verzonden: hij bevat {items}."
    prompt_redacted: str = "Je prompt is verzonden zonder {items}."
    screening_failed: str = "Je prompt is niet verzonden: {reason}."
    incident: str = "Incident {incident}."

    @model_validator(mode="after")
    def _known_placeholders(self) -> Self:
        problems = []
        for name, allowed in TEMPLATE_FIELDS.items():
            problem = template_problem(getattr(self, name), allowed)
            if problem:
                problems.append(f"{name}: {problem}")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def template_problem(template: str, allowed: frozenset[str]) -> str | None:
    """Why ``template`` cannot be filled safely with ``allowed`` placeholders, or None."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as error:
        return f"ongeldige accolades ({error}); schrijf {{{{ voor een letterlijke accolade"
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in allowed or spec or conversion:
            shown = ", ".join(f"{{{name}}}" for name in sorted(allowed))
            return f"onbekende plaatshouder {{{field}}}; toegestaan: {shown}"
    return None


class NoticeBranding(_Strict):
    """Root of ``config/notices.yaml``."""

    version: int = 1
    municipality: str = Field(min_length=1)
    logo_text: str = Field(default="AI-poort", min_length=1, max_length=40)
    ai_policy: Link
    approval: Approval
    contacts: list[Contact] = Field(min_length=1)
    colours: Colours = Colours()
    templates: Templates = Templates()
    entity_labels: dict[str, EntityLabel] = Field(default_factory=dict)
    country_names: dict[str, str] = Field(default_factory=dict)

    @field_validator("entity_labels")
    @classmethod
    def _entity_names(cls, value: dict[str, EntityLabel]) -> dict[str, EntityLabel]:
        for name in value:
            if not _ENTITY_NAME.match(name):
                raise ValueError(f"ongeldige entity-type naam {name!r} (bijv. ZAAKNUMMER)")
        return value

    @field_validator("country_names")
    @classmethod
    def _country_codes(cls, value: dict[str, str]) -> dict[str, str]:
        for code in value:
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValueError(f"landcode {code!r} moet ISO 3166 alpha-2 zijn, bijv. CN")
        return value

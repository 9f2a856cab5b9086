"""Screening policy (``config/policy.yaml``): action and score threshold per entity type,
overrides per service, admin allow-terms and extra patterns."""

from __future__ import annotations

import re
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gateway.engine.types import Action

ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
LOCAL_PART = re.compile(r"[a-z0-9][a-z0-9._+-]*", re.IGNORECASE)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityRule(_Strict):
    action: Action
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)


class ExtraPattern(_Strict):
    """An admin-defined pattern, e.g. an internal zaaknummer format or a project code name."""

    name: str = Field(min_length=1)
    entity: str
    regex: str
    score: float = Field(default=0.9, ge=0.0, le=1.0)
    ignore_case: bool = False

    @field_validator("entity")
    @classmethod
    def _entity_name(cls, value: str) -> str:
        if not ENTITY_NAME.match(value):
            raise ValueError("entity-type in HOOFDLETTERS_MET_UNDERSCORES, bijv. ZAAKNUMMER")
        return value

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            compiled = re.compile(value)
        except re.error as error:
            raise ValueError(f"ongeldige reguliere expressie: {error}") from error
        if compiled.match(""):
            raise ValueError("reguliere expressie mag niet de lege tekst matchen")
        return value


class ServicePolicy(_Strict):
    """Overrides for one service (by catalogue id); entity rules replace the default per type."""

    entities: dict[str, EntityRule] = Field(default_factory=dict)
    description: str = ""


class Policy(_Strict):
    version: int = 1
    # spaCy pipeline: None = the bundled nl_models/pipeline; or a path / installed package name
    # such as "nl_core_news_lg" (never downloaded).
    nlp_model: str | None = None
    entities: dict[str, EntityRule]
    services: dict[str, ServicePolicy] = Field(default_factory=dict)
    allow_terms: list[str] = Field(default_factory=list)
    # Local parts of functional mailboxes (info@, woo@ ...): an organisation's address, not a
    # person's, so never personal data, whatever the domain.
    functional_mailboxes: list[str] = Field(default_factory=list)
    extra_patterns: list[ExtraPattern] = Field(default_factory=list)

    @field_validator("functional_mailboxes")
    @classmethod
    def _local_parts(cls, value: list[str]) -> list[str]:
        for local_part in value:
            if not LOCAL_PART.fullmatch(local_part):
                raise ValueError(
                    f"{local_part!r} is geen deel vóór de @ van een e-mailadres (bijv. 'info')"
                )
        return value

    @field_validator("entities")
    @classmethod
    def _entity_names(cls, value: dict[str, EntityRule]) -> dict[str, EntityRule]:
        for name in value:
            if not ENTITY_NAME.match(name):
                raise ValueError(f"ongeldige entity-type naam {name!r}")
        return value

    @model_validator(mode="after")
    def _extra_patterns_have_rules(self) -> Self:
        for pattern in self.extra_patterns:
            if pattern.entity not in self.entities:
                raise ValueError(
                    f"extra_patterns '{pattern.name}': entity {pattern.entity} heeft geen regel "
                    "onder 'entities' (welke actie moet de gateway nemen?)"
                )
        return self

    def rules_for(self, service: str | None) -> dict[str, EntityRule]:
        """Effective rules for one service: defaults with the service's overrides applied."""
        rules = dict(self.entities)
        if service is not None and service in self.services:
            rules.update(self.services[service].entities)
        return rules

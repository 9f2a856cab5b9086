"""The facts a notice is built from. Carries types and counts only, never a found value, so a
notice can never leak the personal data it warns about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

NoticeKind = Literal["service_blocked", "prompt_blocked", "prompt_redacted", "screening_failed"]
ApiFormat = Literal["openai", "anthropic", "gemini", "generic"]
NoticeDecision = Literal["blocked", "redacted"]


@dataclass(frozen=True)
class NoticeContext:
    """Why the gateway intervened in one request.

    ``reasons`` holds reason codes such as ``service_not_approved``, ``high_risk_country``,
    ``entity:NL_BSN``, ``screening_timeout``, ``body_too_large`` or ``unparseable_body``;
    ``entity_counts`` maps entity types to how often they were found.
    """

    kind: NoticeKind
    service_name: str
    vendor: str = ""
    country: str = ""
    reasons: list[str] = field(default_factory=list)
    entity_counts: dict[str, int] = field(default_factory=dict)
    incident: str = ""
    api_format: ApiFormat = "generic"

    @property
    def decision(self) -> NoticeDecision:
        return "redacted" if self.kind == "prompt_redacted" else "blocked"

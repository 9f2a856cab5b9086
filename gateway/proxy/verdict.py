"""Pure decision helpers: service-level blocks, reason codes, page-or-API responses."""

from __future__ import annotations

from collections.abc import Mapping

from gateway.config.countries import Countries
from gateway.config.services import Service, ServiceStatus
from gateway.engine.types import Decision, ScanResult

HIGH_RISK_COUNTRY = "high_risk_country"
SERVICE_NOT_APPROVED = "service_not_approved"


def service_block_reasons(service: Service, countries: Countries) -> list[str]:
    """Why every request to this service is blocked (empty: screen its prompts instead)."""
    if countries.is_high_risk(service.country):
        return [HIGH_RISK_COUNTRY]
    if service.status is ServiceStatus.NOT_APPROVED:
        return [SERVICE_NOT_APPROVED]
    return []


def entity_reason_codes(result: ScanResult) -> list[str]:
    """``entity:TYPE`` for the types that caused the decision (all counted types on allow)."""
    codes = []
    for reason in result.reasons:
        action, _, entity = reason.partition(":")
        if result.decision is Decision.ALLOW or action == result.decision.value:
            codes.append(f"entity:{entity}")
    return codes


def wants_html_page(method: str, headers: Mapping[str, str], api_host: bool) -> bool:
    """A top-level page navigation gets an HTML block page; API calls and fetches get an error
    body in the provider's own format so their SDK or web app shows the message."""
    if api_host or method not in ("GET", "POST"):
        return False
    mode = headers.get("sec-fetch-mode", "")
    if mode:
        return mode == "navigate"
    return "text/html" in headers.get("accept", "")

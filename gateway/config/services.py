"""The service catalogue (``config/services.yaml``): which generative-AI services exist, where
they are hosted, under which jurisdiction, and whether the municipality approved them.

Only hosts in this catalogue are intercepted; everything else is tunnelled untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gateway.config.countries import check_country_code

SERVICE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# Exact host names or one leading "*." wildcard label, lower case, no port.
HOST_PATTERN = re.compile(r"^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$")

ApiFormat = Literal["openai", "anthropic", "gemini", "generic"]


class ServiceStatus(StrEnum):
    APPROVED = "approved"
    APPROVED_PERSONAL_DATA = "approved_personal_data"
    NOT_APPROVED = "not_approved"


class ServiceMode(StrEnum):
    ENFORCE = "enforce"
    MONITOR = "monitor"


class ServiceKind(StrEnum):
    CHAT = "chat"
    API = "api"
    ASSISTANT = "assistant"


class Service(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    vendor: str = Field(min_length=1)
    country: str
    kind: ServiceKind
    status: ServiceStatus
    mode: ServiceMode = ServiceMode.ENFORCE
    api_format: ApiFormat = "generic"
    web_hosts: list[str] = Field(default_factory=list)
    api_hosts: list[str] = Field(default_factory=list)
    note: str = ""

    @field_validator("country")
    @classmethod
    def _country_code(cls, value: str) -> str:
        return check_country_code(value)

    @field_validator("web_hosts", "api_hosts")
    @classmethod
    def _host_syntax(cls, value: list[str]) -> list[str]:
        for host in value:
            if not HOST_PATTERN.match(host):
                raise ValueError(
                    f"ongeldige hostnaam {host!r}: kleine letters, zonder poort of pad, "
                    "optioneel met '*.' vooraan (bijv. *.openai.azure.com)"
                )
        return value

    @model_validator(mode="after")
    def _has_hosts(self) -> Self:
        if not self.web_hosts and not self.api_hosts:
            raise ValueError(
                "een dienst heeft minstens één hostnaam nodig (web_hosts of api_hosts)"
            )
        return self


class ServiceCatalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    services: dict[str, Service]

    @field_validator("services")
    @classmethod
    def _ids_and_unique_hosts(cls, value: dict[str, Service]) -> dict[str, Service]:
        owner: dict[str, str] = {}
        for service_id, service in value.items():
            if not SERVICE_ID.match(service_id):
                raise ValueError(
                    f"ongeldige dienst-id {service_id!r}: kleine letters, cijfers en '-'"
                )
            for host in (*service.web_hosts, *service.api_hosts):
                if host in owner and owner[host] != service_id:
                    raise ValueError(
                        f"hostnaam {host!r} staat bij twee diensten: {owner[host]} en {service_id}"
                    )
                owner[host] = service_id
        return value


@dataclass(frozen=True, slots=True)
class ServiceMatch:
    service_id: str
    service: Service
    api_host: bool  # the host is one of the service's API hosts (not a web app)


class HostIndex:
    """Host name -> service. Exact names win over wildcards; a longer wildcard wins over a
    shorter one (``*.eu.example.com`` before ``*.example.com``)."""

    def __init__(self, catalogue: ServiceCatalogue) -> None:
        self._exact: dict[str, ServiceMatch] = {}
        self._wildcard: dict[str, ServiceMatch] = {}
        for service_id, service in catalogue.services.items():
            for hosts, api_host in ((service.web_hosts, False), (service.api_hosts, True)):
                for host in hosts:
                    match = ServiceMatch(service_id, service, api_host)
                    if host.startswith("*."):
                        self._wildcard[host[2:]] = match
                    else:
                        self._exact[host] = match

    def match(self, host: str | None) -> ServiceMatch | None:
        if not host:
            return None
        name = host.lower().rstrip(".")
        exact = self._exact.get(name)
        if exact is not None:
            return exact
        labels = name.split(".")
        # "*.example.com" covers "a.example.com" and "a.b.example.com", not "example.com".
        for index in range(1, len(labels)):
            found = self._wildcard.get(".".join(labels[index:]))
            if found is not None:
                return found
        return None

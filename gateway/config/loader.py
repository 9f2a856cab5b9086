"""Load and validate every file under ``config/`` at once: all good, or a ConfigError listing
each problem with file and key. A running gateway therefore never holds a half-valid config."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from gateway.config.countries import Countries
from gateway.config.errors import ConfigError, ConfigProblem, problems_from_validation
from gateway.config.notices import NoticeBranding
from gateway.config.policy import Policy
from gateway.config.services import ServiceCatalogue

CONFIG_FILES = ("policy.yaml", "services.yaml", "countries.yaml", "notices.yaml")


@dataclass(frozen=True, slots=True)
class GatewayConfig:
    directory: Path
    policy: Policy
    services: ServiceCatalogue = field(default_factory=lambda: ServiceCatalogue(services={}))
    countries: Countries | None = None
    notices: NoticeBranding | None = None


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; syntax errors become a located ConfigProblem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise ConfigError([ConfigProblem(str(path), "", "bestand ontbreekt")]) from error
    except UnicodeDecodeError as error:
        raise ConfigError([ConfigProblem(str(path), "", "geen geldige UTF-8")]) from error
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"regel {mark.line + 1}, kolom {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ConfigError([ConfigProblem(str(path), where, f"YAML-fout: {problem}")]) from error


def validate_file[M: BaseModel](path: Path, model: type[M]) -> M:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ConfigError([ConfigProblem(str(path), "", "verwacht een mapping bovenaan")])
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise ConfigError(problems_from_validation(path, error)) from error


def _try[M: BaseModel](path: Path, model: type[M], problems: list[ConfigProblem]) -> M | None:
    try:
        return validate_file(path, model)
    except ConfigError as error:
        problems.extend(error.problems)
        return None


def cross_file_problems(
    directory: Path, policy: Policy, services: ServiceCatalogue
) -> list[ConfigProblem]:
    """Checks that need two files: every policy override names a service in the catalogue."""
    return [
        ConfigProblem(
            str(directory / "policy.yaml"),
            f"services.{service_id}",
            "onbekende dienst: deze id staat niet in services.yaml",
        )
        for service_id in policy.services
        if service_id not in services.services
    ]


def load_config(directory: Path) -> GatewayConfig:
    problems: list[ConfigProblem] = []
    policy = _try(directory / "policy.yaml", Policy, problems)
    services = _try(directory / "services.yaml", ServiceCatalogue, problems)
    countries = _try(directory / "countries.yaml", Countries, problems)
    notices = _try(directory / "notices.yaml", NoticeBranding, problems)
    if policy is not None and services is not None:
        problems.extend(cross_file_problems(directory, policy, services))
    if problems or policy is None or services is None or countries is None or notices is None:
        raise ConfigError(problems)
    return GatewayConfig(directory, policy, services, countries, notices)

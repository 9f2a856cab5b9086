"""Runtime settings (pydantic-settings): environment variables ``GATEWAY_*`` and an optional
settings file (``GATEWAY_SETTINGS_FILE``, YAML). The names are a contract for deployment scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

BUNDLED_CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"


def _settings_file() -> Path | None:
    import os

    value = os.environ.get("GATEWAY_SETTINGS_FILE")
    return Path(value) if value else None


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="forbid")

    # Proxy (issue 3)
    listen_host: str = "127.0.0.1"
    listen_port: int = Field(default=8080, ge=1, le=65535)
    config_dir: Path = BUNDLED_CONFIG_DIR
    ca_dir: Path = Path("~/.ai-poort/ca").expanduser()
    resolve: str = ""
    upstream_ca: Path | None = None
    max_body_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    screening_timeout_s: float = Field(default=10.0, gt=0)
    screening_workers: int = Field(default=2, ge=1, le=64)
    # N: ordinary prompts are screened in N worker processes on other cores; 0: in threads of
    # the proxy process (measurements in gateway/proxy/addons.py).
    screening_processes: int = Field(default=1, ge=0, le=16)
    # Large pastes (see gateway/proxy/addons.py) are screened in a worker process at this lower
    # CPU priority (Unix nice), so other users' requests come first; hence a longer time limit.
    large_screening_nice: int = Field(default=10, ge=0, le=19)
    large_screening_timeout_s: float = Field(default=30.0, gt=0)
    config_reload_interval_s: float = Field(default=2.0, gt=0)

    # Incident log (issue 4)
    incident_log: Path = Path("var/incidents.jsonl")
    incident_hmac_key: str = ""
    incident_log_allowed: bool = False
    incident_rotate_bytes: int = Field(default=100 * 1024 * 1024, ge=0)
    incident_rotate_daily: bool = True
    incident_retention_days: int = Field(default=365, ge=0)  # 0: keep forever
    incident_compress_rotated: bool = True
    incident_stdout: bool = False
    incident_syslog: str = ""
    fail_closed_on_log_error: bool = True

    # Alerts for severe incidents (issue 4)
    alert_smtp_host: str = ""
    alert_smtp_port: int = 25
    alert_smtp_from: str = ""
    alert_smtp_to: str = ""
    alert_webhook_url: str = ""
    alert_min_interval_s: float = Field(default=300.0, ge=0)

    language: Literal["nl", "en"] = "nl"

    @field_validator("config_dir", "ca_dir", "incident_log", mode="after")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        from pydantic_settings import YamlConfigSettingsSource

        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        settings_file = _settings_file()
        if settings_file is not None:
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=settings_file))
        return tuple(sources)

"""Service catalogue, host matching, country checks and GATEWAY_RESOLVE parsing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from gateway.config.errors import ConfigError
from gateway.config.loader import GatewayConfig, load_config
from gateway.config.services import HostIndex, ServiceStatus
from gateway.proxy.resolve import parse_resolve
from gateway.proxy.verdict import service_block_reasons, wants_html_page

BUNDLED = Path(__file__).resolve().parents[2] / "config"


@pytest.fixture(scope="module")
def config() -> GatewayConfig:
    return load_config(BUNDLED)


def test_bundled_catalogue_covers_the_required_services(config: GatewayConfig) -> None:
    services = config.services.services
    assert len(services) >= 40
    hosts = HostIndex(config.services)
    required = {
        "chatgpt.com": "US", "chat.openai.com": "US", "api.openai.com": "US",
        "copilot.microsoft.com": "US", "gemini.google.com": "US",
        "generativelanguage.googleapis.com": "US", "claude.ai": "US", "api.anthropic.com": "US",
        "chat.mistral.ai": "FR", "www.perplexity.ai": "US", "www.meta.ai": "US", "poe.com": "US",
        "character.ai": "US", "huggingface.co": "US", "chat.deepseek.com": "CN",
        "chat.qwen.ai": "CN", "kimi.moonshot.cn": "CN", "www.doubao.com": "CN",
        "yiyan.baidu.com": "CN", "chatglm.cn": "CN", "giga.chat": "RU",
        "alice.yandex.ru": "RU",
    }  # fmt: skip
    for host, country in required.items():
        match = hosts.match(host)
        assert match is not None, host
        assert match.service.country == country, host
    gemeente = services["azure-openai-gemeente"]
    assert gemeente.status is ServiceStatus.APPROVED_PERSONAL_DATA
    assert "azure-openai-gemeente" in config.policy.services


def test_most_specific_host_wins(config: GatewayConfig) -> None:
    hosts = HostIndex(config.services)
    assert hosts.match("gemeente-ai.openai.azure.com").service_id == "azure-openai-gemeente"
    assert hosts.match("andere-tenant.openai.azure.com").service_id == "azure-openai"
    assert hosts.match("GEMEENTE-AI.openai.azure.com.").service_id == "azure-openai-gemeente"
    assert hosts.match("openai.azure.com") is None  # the wildcard needs a label in front
    assert hosts.match("www.rabobank.nl") is None
    assert hosts.match("chatgpt.com.evil.example") is None


def test_blocks_for_high_risk_countries_and_unapproved_services(config: GatewayConfig) -> None:
    services = config.services.services
    countries = config.countries
    assert service_block_reasons(services["deepseek"], countries) == ["high_risk_country"]
    assert service_block_reasons(services["gigachat"], countries) == ["high_risk_country"]
    assert service_block_reasons(services["perplexity"], countries) == ["service_not_approved"]
    assert service_block_reasons(services["openai-api"], countries) == []


def _write(directory: Path, name: str, data: object) -> None:
    (directory / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_config_errors_are_located_and_collected_across_files(tmp_path: Path) -> None:
    target = tmp_path / "config"
    shutil.copytree(BUNDLED, target)
    services = yaml.safe_load((target / "services.yaml").read_text(encoding="utf-8"))
    services["services"]["chatgpt-kopie"] = {
        **services["services"]["openai-chatgpt"],
        "country": "XX",
        "status": "misschien",
    }
    _write(target, "services.yaml", services)
    countries = yaml.safe_load((target / "countries.yaml").read_text(encoding="utf-8"))
    countries["high_risk"]["ZZ"] = {"name": "Nergensland"}
    _write(target, "countries.yaml", countries)
    with pytest.raises(ConfigError) as error:
        load_config(target)
    text = str(error.value)
    assert "services.yaml: services.chatgpt-kopie.country" in text
    assert "services.yaml: services.chatgpt-kopie.status" in text
    assert "countries.yaml: high_risk" in text and "'ZZ'" in text


def test_duplicate_host_and_unknown_policy_service_are_rejected(tmp_path: Path) -> None:
    target = tmp_path / "config"
    shutil.copytree(BUNDLED, target)
    services = yaml.safe_load((target / "services.yaml").read_text(encoding="utf-8"))
    services["services"]["tweede-chatgpt"] = services["services"]["openai-chatgpt"]
    del services["services"]["azure-openai-gemeente"]
    _write(target, "services.yaml", services)
    with pytest.raises(ConfigError) as error:
        load_config(target)
    text = str(error.value)
    assert "staat bij twee diensten" in text


def test_policy_override_must_name_a_catalogue_service(tmp_path: Path) -> None:
    target = tmp_path / "config"
    shutil.copytree(BUNDLED, target)
    services = yaml.safe_load((target / "services.yaml").read_text(encoding="utf-8"))
    del services["services"]["azure-openai-gemeente"]
    _write(target, "services.yaml", services)
    with pytest.raises(ConfigError) as error:
        load_config(target)
    (problem,) = error.value.problems
    assert problem.file.endswith("policy.yaml")
    assert problem.location == "services.azure-openai-gemeente"


def test_parse_resolve() -> None:
    assert parse_resolve("api.openai.com:443=127.0.0.1:8443, Chatgpt.com:443=[::1]:9000") == {
        ("api.openai.com", 443): ("127.0.0.1", 8443),
        ("chatgpt.com", 443): ("::1", 9000),
    }
    assert parse_resolve("") == {}
    for bad in ("api.openai.com=127.0.0.1:1", "a:443=b:99999", "a:443"):
        with pytest.raises(ValueError):
            parse_resolve(bad)


def test_page_navigation_gets_html_and_everything_else_an_api_error() -> None:
    assert wants_html_page("GET", {"sec-fetch-mode": "navigate"}, api_host=False)
    assert not wants_html_page("POST", {"sec-fetch-mode": "cors"}, api_host=False)
    assert wants_html_page("GET", {"accept": "text/html,*/*"}, api_host=False)
    assert not wants_html_page("GET", {"accept": "text/html"}, api_host=True)
    assert not wants_html_page("POST", {"accept": "application/json"}, api_host=False)

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gateway.config.errors import ConfigError
from gateway.config.loader import load_config
from gateway.config.policy import Policy
from gateway.engine.types import Action

BUNDLED = Path(__file__).resolve().parents[2] / "config"


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    target = tmp_path / "config"
    shutil.copytree(BUNDLED, target)
    return target


def test_bundled_policy_matches_the_municipal_default() -> None:
    policy = load_config(BUNDLED).policy
    blocking = {name for name, rule in policy.entities.items() if rule.action is Action.BLOCK}
    assert blocking == {
        "NL_BSN", "HEALTH_DATA", "CRIMINAL_DATA", "SPECIAL_CATEGORY",
        "CONFIDENTIAL_MARKER", "SECRET", "NL_ID_DOCUMENT",
    }  # fmt: skip
    redacting = {name for name, rule in policy.entities.items() if rule.action is Action.REDACT}
    assert {
        "PERSON", "ADDRESS", "NL_POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS",
        "IBAN_CODE", "DATE_OF_BIRTH", "NL_LICENSE_PLATE",
    } <= redacting  # fmt: skip


def test_service_override_replaces_only_its_own_types() -> None:
    policy = load_config(BUNDLED).policy
    rules = policy.rules_for("azure-openai-gemeente")
    assert rules["PERSON"].action is Action.LOG
    assert rules["NL_BSN"].action is Action.BLOCK
    assert policy.rules_for("unknown-service") == policy.entities


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_yaml_syntax_error_is_located(config_dir: Path) -> None:
    _write(config_dir / "policy.yaml", "entities:\n  NL_BSN: {action: block\n")
    with pytest.raises(ConfigError) as caught:
        load_config(config_dir)
    message = str(caught.value)
    assert "policy.yaml" in message
    assert "regel" in message
    assert "YAML-fout" in message


@pytest.mark.parametrize(
    ("policy_text", "expected_location", "expected_words"),
    [
        ("entities:\n  NL_BSN: {action: blokkeer}\n", "entities.NL_BSN.action", "ongeldige waarde"),
        ("entities:\n  NL_BSN: {action: block, threshold: 2}\n", "entities.NL_BSN.threshold", "1"),
        ("entities:\n  NL_BSN: {action: block, treshold: 0.4}\n", "treshold", "onbekende sleutel"),
        ("entitites: {}\n", "entities", "verplicht veld ontbreekt"),
        (
            "entities:\n  X: {action: block}\nextra_patterns:\n"
            "  - {name: z, entity: X, regex: '[unclosed'}\n",
            "extra_patterns.0.regex",
            "ongeldige reguliere expressie",
        ),
        (
            "entities:\n  X: {action: block}\n"
            "extra_patterns:\n  - {name: z, entity: Y, regex: 'a'}\n",
            "",
            "heeft geen regel",
        ),
        (
            "entities:\n  X: {action: block}\nfunctional_mailboxes: [info, 'woo@gemeente.nl']\n",
            "functional_mailboxes",
            "geen deel vóór de @",
        ),
    ],
)
def test_invalid_policy_gives_located_dutch_error(
    config_dir: Path, policy_text: str, expected_location: str, expected_words: str
) -> None:
    _write(config_dir / "policy.yaml", policy_text)
    with pytest.raises(ConfigError) as caught:
        load_config(config_dir)
    message = str(caught.value)
    assert "policy.yaml" in message
    assert expected_location in message
    assert expected_words in message


def test_extra_pattern_may_not_match_empty_text() -> None:
    with pytest.raises(ValueError, match="lege tekst"):
        Policy.model_validate(
            {
                "entities": {"X": {"action": "block"}},
                "extra_patterns": [{"name": "n", "entity": "X", "regex": "a*"}],
            }
        )

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gateway.config.errors import ConfigError
from gateway.config.loader import validate_file
from gateway.config.notices import NoticeBranding, contrast_ratio

BUNDLED_NOTICES = Path(__file__).resolve().parents[2] / "config" / "notices.yaml"


def bundled() -> dict[str, object]:
    data = yaml.safe_load(BUNDLED_NOTICES.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def problems_for(tmp_path: Path, changes: dict[str, object]) -> list[str]:
    path = tmp_path / "notices.yaml"
    path.write_text(yaml.safe_dump({**bundled(), **changes}), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        validate_file(path, NoticeBranding)
    for problem in raised.value.problems:
        assert problem.file == str(path)
    return [f"{problem.location}: {problem.message}" for problem in raised.value.problems]


def test_bundled_file_has_every_contact_the_issue_asks_for(branding: NoticeBranding) -> None:
    roles = " ".join(contact.role for contact in branding.contacts)
    for who in ("iBoard", "Servicedesk", "CISO", "Privacy officer"):
        assert who in roles
    assert branding.ai_policy.url.startswith("https://")
    assert branding.entity_labels["ZAAKNUMMER"].plural == "zaaknummers"


def test_unknown_placeholder_is_named_with_the_allowed_ones(tmp_path: Path) -> None:
    templates = {"prompt_blocked": "Niet verzonden: {items} naar {servcie}."}
    (problem,) = problems_for(tmp_path, {"templates": templates})
    assert problem.startswith("templates: ")
    assert "prompt_blocked: onbekende plaatshouder {servcie}" in problem
    assert "toegestaan: {items}, {service}" in problem


@pytest.mark.parametrize(
    "template", ["{service.__class__}", "{items[0]}", "{items!r}", "{items:>10}", "{0}"]
)
def test_attribute_index_and_format_tricks_are_rejected(tmp_path: Path, template: str) -> None:
    (problem,) = problems_for(tmp_path, {"templates": {"prompt_redacted": template}})
    assert "onbekende plaatshouder" in problem


def test_unbalanced_brace(tmp_path: Path) -> None:
    (problem,) = problems_for(tmp_path, {"templates": {"incident": "Incident {incident"}})
    assert "ongeldige accolades" in problem


def test_bad_colour_and_low_contrast(tmp_path: Path) -> None:
    (bad,) = problems_for(tmp_path, {"colours": {"blocked": "red"}})
    assert bad.startswith("colours.blocked: ") and "#rrggbb" in bad
    (low,) = problems_for(tmp_path, {"colours": {"blocked": "#ff8080"}})
    assert "contrast tussen blocked en blocked_text" in low and "4.5:1" in low


def test_wcag_contrast_formula() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_typo_in_a_key_and_unreachable_contact_and_script_url(tmp_path: Path) -> None:
    problems = problems_for(
        tmp_path,
        {
            "municipalty": "x",
            "contacts": [{"role": "CISO"}],
            "ai_policy": {"url": "javascript:alert(1)", "label": "AI-beleid"},
        },
    )
    joined = "\n".join(problems)
    assert "municipalty: onbekende sleutel (tikfout?)" in joined
    assert "contact 'CISO': geef minstens een email, phone of url op" in joined
    assert "ai_policy.url" in joined


def test_entity_label_and_country_code_names(tmp_path: Path) -> None:
    problems = problems_for(
        tmp_path,
        {
            "entity_labels": {"zaak-nummer": {"singular": "a", "plural": "b"}},
            "country_names": {"China": "China"},
        },
    )
    joined = "\n".join(problems)
    assert "ongeldige entity-type naam 'zaak-nummer'" in joined
    assert "landcode 'China' moet ISO 3166 alpha-2 zijn" in joined

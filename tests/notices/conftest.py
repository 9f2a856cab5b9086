from __future__ import annotations

from pathlib import Path

import pytest

from gateway.config.loader import validate_file
from gateway.config.notices import NoticeBranding
from gateway.notices import NoticeContext

BUNDLED_NOTICES = Path(__file__).resolve().parents[2] / "config" / "notices.yaml"


@pytest.fixture(scope="session")
def branding() -> NoticeBranding:
    return validate_file(BUNDLED_NOTICES, NoticeBranding)


@pytest.fixture
def bsn_blocked() -> NoticeContext:
    return NoticeContext(
        kind="prompt_blocked",
        service_name="ChatGPT",
        vendor="OpenAI",
        country="US",
        reasons=["entity:NL_BSN"],
        entity_counts={"NL_BSN": 1},
        incident="2026-11-23-000042",
        api_format="openai",
    )

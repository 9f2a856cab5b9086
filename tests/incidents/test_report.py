"""`gateway report`: one offline HTML file, rendered in headless Chromium and read back."""

from __future__ import annotations

import re
import shutil
import stat
from pathlib import Path

import pytest

from tests.incidents.helpers import WrittenLog, run_cli

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]  # fmt: skip


def _report(log: WrittenLog, tmp_path: Path, *period: str) -> tuple[Path, str]:
    output = tmp_path / "rapport.html"
    result = run_cli("report", *period, "--log", str(log.path), "-o", str(output))
    assert result.code == 0, result.err
    return output, result.out


def test_report_is_self_contained_dutch_html(varied_log: WrittenLog, tmp_path: Path) -> None:
    output, out = _report(varied_log, tmp_path, "--maand", "2026-11")
    assert "6 incident(en), integriteit in orde" in out
    html = output.read_text(encoding="utf-8")
    assert '<html lang="nl">' in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)  # nothing external
    assert "<script" not in html and "@import" not in html and "url(" not in html
    assert "<svg" in html and "AI-poort incidentrapport november 2026" in html
    assert stat.S_IMODE(output.stat().st_mode) == 0o600


def test_report_period_filters(varied_log: WrittenLog, tmp_path: Path) -> None:
    _, out = _report(varied_log, tmp_path, "--van", "2026-11-05", "--tot", "2026-11-05")
    assert "2 incident(en)" in out
    _, out = _report(varied_log, tmp_path, "--maand", "2026-10")
    assert "0 incident(en)" in out


def test_report_shows_a_failed_integrity_check(varied_log: WrittenLog, tmp_path: Path) -> None:
    text = varied_log.path.read_text().replace("pdevries", "pdevriez", 1)
    varied_log.path.write_text(text if "pdevriez" in text else text.replace("10.9.9.9", "1.1.1.1"))
    output, out = _report(varied_log, tmp_path, "--maand", "2026-11")
    assert "NIET in orde" in out
    assert "Integriteitscontrole: NIET in orde" in output.read_text(encoding="utf-8")


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed")
def test_report_renders_in_headless_chromium(varied_log: WrittenLog, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    output, _ = _report(varied_log, tmp_path, "--maand", "2026-11")
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("request", lambda request: requests.append(request.url))
        page.goto(output.as_uri())
        body = page.inner_text("body")
        bars = page.locator("svg rect").count()
        lang = page.get_attribute("html", "lang")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "incidentrapport-2026-11.png"), full_page=True)
        browser.close()
    shutil.copy(output, ARTIFACTS / "incidentrapport-2026-11.html")

    assert lang == "nl"
    assert requests == [output.as_uri()]  # opened offline: nothing else was fetched
    assert "Integriteitscontrole: in orde" in body
    assert "Geblokkeerd per dienst" in body and "chatgpt" in body and "deepseek" in body
    assert "Geblokkeerd per land" in body and "CN" in body
    assert "HEALTH_DATA" in body and "pdevries" in body
    assert "entities.NL_BSN" in body  # policy-rule hits
    tiles = re.findall(r"(\d+)\n(Incidenten|Geblokkeerd|Weggelakt)\b", body)
    assert ("6", "Incidenten") in tiles and ("3", "Geblokkeerd") in tiles
    assert bars == 6  # stacked segments: 3 and 5 nov have two decisions, 4 and 8 nov one

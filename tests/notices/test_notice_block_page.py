from __future__ import annotations

import dataclasses
from html.parser import HTMLParser

import pytest

from gateway.config.notices import NoticeBranding
from gateway.notices import NoticeContext, render_block_page, staff_message

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quoted"'


class _Collector(HTMLParser):
    """Collects tags, attributes and visible text, and checks that every element closes."""

    VOID = frozenset({"meta", "br", "img", "link", "input", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.text_in: dict[str, list[str]] = {}
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> sluit {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.open:
            self.text_in.setdefault(self.open[-1], []).append(data)


def parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    assert collector.open == []
    return collector


def service_blocked(**changes: object) -> NoticeContext:
    base = NoticeContext(
        kind="service_blocked",
        service_name="Poe",
        vendor="Quora",
        country="US",
        reasons=["service_not_approved"],
        incident="2026-11-23-000050",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_page_is_dutch_complete_and_self_contained(branding: NoticeBranding) -> None:
    page = render_block_page(service_blocked(), branding)
    parsed = parse(page)
    assert page.startswith("<!DOCTYPE html>")
    assert ("html", {"lang": "nl"}) in parsed.tags
    # No external resources: nothing is loaded, only links the staff member may follow.
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, tag
        assert tag not in {"link", "script", "img", "iframe"}, tag
    hrefs = {attrs["href"] for tag, attrs in parsed.tags if tag == "a"}
    assert branding.ai_policy.url in hrefs
    assert branding.approval.url in hrefs
    assert "mailto:ciso@gemeente-voorbeeld.nl" in hrefs
    assert "mailto:privacy@gemeente-voorbeeld.nl" in hrefs
    assert "tel:140123" in hrefs
    csp = next(a["content"] for t, a in parsed.tags if a.get("http-equiv"))
    assert csp is not None and "default-src 'none'" in csp


def test_page_says_which_service_why_incident_and_whom_to_contact(
    branding: NoticeBranding,
) -> None:
    ctx = service_blocked()
    text = " ".join(" ".join(parse(render_block_page(ctx, branding)).text).split())
    assert "Geen toegang tot Poe" in text
    assert staff_message(ctx, branding) in text
    assert "Incidentnummer 2026-11-23-000050" in text
    assert "Goedkeuring aanvragen" in text
    for contact in branding.contacts:
        assert contact.role in text
    assert branding.ai_policy.label in text
    assert branding.municipality in text


def test_high_risk_country_page_offers_no_approval_route(branding: NoticeBranding) -> None:
    ctx = service_blocked(service_name="DeepSeek", country="CN", reasons=["high_risk_country"])
    text = " ".join(" ".join(parse(render_block_page(ctx, branding)).text).split())
    assert "valt onder China" in text
    assert "Land van de dienst China" in text
    assert "Voor deze dienst wordt geen goedkeuring gegeven" in text
    assert "Goedkeuring aanvragen" not in text


@pytest.mark.parametrize(
    ("kind", "heading"),
    [
        ("prompt_blocked", "Je prompt is niet verzonden"),
        ("screening_failed", "Je prompt is niet verzonden"),
        ("prompt_redacted", "Je prompt is verzonden zonder persoonsgegevens"),
    ],
)
def test_heading_per_kind(kind: str, heading: str, branding: NoticeBranding) -> None:
    ctx = service_blocked(kind=kind, reasons=["entity:NL_BSN"], entity_counts={"NL_BSN": 1})
    parsed = parse(render_block_page(ctx, branding))
    assert parsed.text_in["h1"] == [heading]
    assert parsed.text_in["title"][0].startswith(heading)


def test_hostile_values_are_escaped_everywhere(branding: NoticeBranding) -> None:
    hostile_branding = branding.model_copy(
        update={"municipality": HOSTILE, "logo_text": "<b>x</b>"}
    )
    ctx = service_blocked(service_name=HOSTILE, vendor=HOSTILE, incident=HOSTILE)
    page = render_block_page(ctx, hostile_branding)
    parsed = parse(page)
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert [tag for tag, _ in parsed.tags].count("script") == 0
    assert all("onerror" not in attrs for _, attrs in parsed.tags)
    # Escaped, not dropped: the staff member still sees the literal name.
    assert HOSTILE in "".join(parsed.text)

"""The HTML page a staff member sees when the browser navigates to something the gateway blocks.

Self-contained (no external resources, its own restrictive CSP) and accessible: ``lang="nl"``,
real headings, a description list for the facts, visible focus, colours with enough contrast.
Every value is escaped; the service name may come from a hostile upstream or config.
"""

from __future__ import annotations

from html import escape

from gateway.config.notices import Contact, NoticeBranding
from gateway.notices.context import NoticeContext
from gateway.notices.wording import country_name, staff_message

_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_ADVICE = {
    "high_risk_country": (
        "Voor deze dienst wordt geen goedkeuring gegeven. Gebruik een AI-dienst die de gemeente "
        "wel heeft goedgekeurd; welke dat zijn staat in het AI-beleid."
    ),
    "prompt_blocked": (
        "Haal de persoonsgegevens of vertrouwelijke informatie uit je prompt en verstuur hem "
        "opnieuw. Twijfel je? Vraag de privacy officer om advies."
    ),
    "prompt_redacted": (
        "De gevonden gegevens zijn vervangen door een aanduiding; de rest van je prompt is "
        "verzonden."
    ),
    "screening_failed": (
        "Probeer het opnieuw, eventueel met een kortere tekst. Blijft het misgaan? Neem dan "
        "contact op met de servicedesk en noem het incidentnummer."
    ),
}

_HEADINGS = {
    "prompt_blocked": "Je prompt is niet verzonden",
    "prompt_redacted": "Je prompt is verzonden zonder persoonsgegevens",
    "screening_failed": "Je prompt is niet verzonden",
}


def _e(text: str) -> str:
    return escape(text, quote=True)


def _heading(ctx: NoticeContext) -> str:
    if ctx.kind == "service_blocked":
        return f"Geen toegang tot {ctx.service_name or 'deze AI-dienst'}"
    return _HEADINGS[ctx.kind]


def _advice_html(ctx: NoticeContext, branding: NoticeBranding) -> str:
    if ctx.kind == "service_blocked" and "high_risk_country" not in ctx.reasons:
        approval = branding.approval
        link = f' <a href="{_e(approval.url)}">Goedkeuring aanvragen</a>' if approval.url else ""
        return f"<p>{_e(approval.text)}{link}</p>"
    key = "high_risk_country" if ctx.kind == "service_blocked" else ctx.kind
    return f"<p>{_e(_ADVICE[key])}</p>"


def _facts_html(ctx: NoticeContext, branding: NoticeBranding) -> str:
    facts = [("Dienst", ctx.service_name)]
    if ctx.vendor:
        facts.append(("Leverancier", ctx.vendor))
    if ctx.country:
        facts.append(("Land van de dienst", country_name(ctx.country, branding)))
    if ctx.incident:
        facts.append(("Incidentnummer", ctx.incident))
    rows = "".join(f"<dt>{_e(term)}</dt><dd>{_e(value)}</dd>" for term, value in facts if value)
    return f"<dl>{rows}</dl>"


def _contact_html(contact: Contact) -> str:
    ways = []
    if contact.email:
        ways.append(f'<a href="mailto:{_e(contact.email)}">{_e(contact.email)}</a>')
    if contact.phone:
        dial = "".join(c for c in contact.phone if c.isdigit() or c == "+")
        ways.append(f'<a href="tel:{_e(dial)}">{_e(contact.phone)}</a>')
    if contact.url:
        ways.append(f'<a href="{_e(contact.url)}">{_e(contact.url)}</a>')
    name = f" ({_e(contact.name)})" if contact.name else ""
    return f"<li><strong>{_e(contact.role)}</strong>{name}: {', '.join(ways)}</li>"


def render_block_page(ctx: NoticeContext, branding: NoticeBranding) -> str:
    colours = branding.colours
    accent = colours.redacted if ctx.kind == "prompt_redacted" else colours.blocked
    accent_text = colours.redacted_text if ctx.kind == "prompt_redacted" else colours.blocked_text
    heading = _heading(ctx)
    contacts = "".join(_contact_html(contact) for contact in branding.contacts)
    policy = branding.ai_policy
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{_PAGE_CSP}">
<meta name="robots" content="noindex">
<title>{_e(heading)} – {_e(branding.logo_text)} {_e(branding.municipality)}</title>
<style>
  :root {{ color-scheme: light; }}
  body {{ margin: 0; font: 1.0625rem/1.55 system-ui, "Segoe UI", Roboto, Arial, sans-serif;
         color: #1a1a1a; background: #f4f5f7; }}
  header {{ background: {colours.brand}; color: {colours.brand_text}; padding: .9rem 1.5rem; }}
  header .logo {{ font-weight: 700; letter-spacing: .02em; margin-right: .75rem; }}
  main {{ max-width: 44rem; margin: 2rem auto; background: #fff; padding: 0 1.75rem 1.5rem;
         border-radius: .5rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); overflow: hidden; }}
  .notice {{ margin: 0 -1.75rem 1.25rem; padding: 1.25rem 1.75rem; background: {accent};
            color: {accent_text}; }}
  h1 {{ font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }}
  .notice p {{ margin: 0; font-size: 1.125rem; }}
  h2 {{ font-size: 1.2rem; margin: 1.5rem 0 .5rem; }}
  dl {{ display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.25rem; margin: 0; }}
  dt {{ font-weight: 600; }}
  dd {{ margin: 0; overflow-wrap: anywhere; }}
  ul {{ padding-left: 1.25rem; }}
  a {{ color: #0b4ea2; }}
  a:focus-visible {{ outline: 3px solid #000; outline-offset: 2px; background: #ffdd00; }}
  footer {{ max-width: 44rem; margin: 0 auto 2rem; padding: 0 1.75rem; color: #3d3d3d;
           font-size: .95rem; }}
</style>
</head>
<body>
<header><span class="logo">{_e(branding.logo_text)}</span>{_e(branding.municipality)}</header>
<main>
<div class="notice">
<h1>{_e(heading)}</h1>
<p>{_e(staff_message(ctx, branding))}</p>
</div>
{_facts_html(ctx, branding)}
<h2>Wat kun je doen?</h2>
{_advice_html(ctx, branding)}
<h2>Vragen of hulp nodig?</h2>
<p>Noem altijd het incidentnummer. Je kunt terecht bij:</p>
<ul>{contacts}</ul>
<p>Lees het <a href="{_e(policy.url)}">{_e(policy.label)}</a>.</p>
</main>
<footer>{_e(branding.logo_text)} beschermt persoonsgegevens en vertrouwelijke informatie van
{_e(branding.municipality)} bij het gebruik van AI-diensten. De ingevoerde tekst zelf wordt niet
opgeslagen.</footer>
</body>
</html>
"""

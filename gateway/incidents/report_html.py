"""The monthly report as one self-contained HTML page (inline CSS and SVG, no external resources).

Everything from the log is escaped: host and user names come from the network.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape
from typing import Final

from gateway.incidents.labels import DECISION_NL
from gateway.incidents.stats import IncidentStats
from gateway.incidents.verify import VerifyResult

COLOURS: Final = {"block": "#c0392b", "redact": "#d68910", "allow": "#7f8c8d"}
_TOP: Final = 10
_MAX_PROBLEMS_SHOWN: Final = 20

_CSS: Final = """
:root { --ink:#1f2933; --muted:#616e7c; --line:#d9e2ec; --ok:#1e7e34; --bad:#c0392b; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
       color: var(--ink); margin: 0; background: #f5f7fa; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 12px; }
.sub { color: var(--muted); margin: 0 0 20px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 12px;
         margin-bottom: 16px; }
.tile { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.tile .n { font-size: 28px; font-weight: 700; }
.tile .l { color: var(--muted); font-size: 13px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px;
        margin-bottom: 16px; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.grid .card { margin-bottom: 0; }
.check { border-left: 6px solid var(--ok); }
.check.bad { border-left-color: var(--bad); }
.check .verdict { font-size: 18px; font-weight: 700; color: var(--ok); }
.check.bad .verdict { color: var(--bad); }
table.bars { width: 100%; border-collapse: collapse; font-size: 14px; }
table.bars td { padding: 3px 4px; vertical-align: middle; }
table.bars td.k { width: 38%; overflow-wrap: anywhere; }
table.bars td.v { width: 12%; text-align: right; font-variant-numeric: tabular-nums; }
.bar { height: 14px; border-radius: 3px; min-width: 2px; }
.legend span { display: inline-block; margin-right: 14px; font-size: 13px; }
.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 2px;
            margin-right: 5px; vertical-align: -1px; }
.empty { color: var(--muted); font-style: italic; }
ul.problems { margin: 8px 0 0; padding-left: 20px; font-family: ui-monospace, monospace;
              font-size: 12px; }
footer { color: var(--muted); font-size: 12px; margin-top: 8px; }
@media (max-width: 800px) { .grid { grid-template-columns: 1fr; } }
@media print { body { background: #fff; } .card, .tile { break-inside: avoid; } }
"""


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    first: date
    last: date

    @property
    def is_calendar_month(self) -> bool:
        return (
            self.first.day == 1
            and (self.last + timedelta(days=1)).day == 1
            and (self.first.year, self.first.month) == (self.last.year, self.last.month)
        )

    @property
    def label(self) -> str:
        if self.is_calendar_month:
            return f"{_MONTHS[self.first.month - 1]} {self.first.year}"
        return f"{self.first.isoformat()} t/m {self.last.isoformat()}"

    def days(self) -> list[str]:
        count = (self.last - self.first).days + 1
        return [(self.first + timedelta(days=offset)).isoformat() for offset in range(count)]


_MONTHS: Final = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def render_report(
    stats: IncidentStats,
    integrity: VerifyResult,
    period: ReportPeriod,
    generated: datetime,
    source: str,
) -> str:
    sections = [
        _tiles(stats),
        _integrity(integrity),
        _card("Trend per dag", _legend() + _trend_svg(stats, period)),
        '<div class="grid">',
        _card("Geblokkeerd per dienst", _bars(stats.blocks_per_service, COLOURS["block"])),
        _card("Geblokkeerd per land", _bars(stats.blocks_per_country, COLOURS["block"])),
        _card("Gevonden gegevenstypen (incidenten)", _bars(stats.incidents_per_type, "#2f6fa8")),
        _card("Toepassing beleidsregels", _bars(stats.per_policy_rule, "#5b4a9e")),
        _card("Top gebruikers", _bars(stats.per_user, "#3d7a5a")),
        _card("Redenen", _bars(stats.per_reason, "#6b7785")),
        "</div>",
    ]
    title = f"AI-poort incidentrapport {period.label}"
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{escape(title)}</h1>\n"
        f'<p class="sub">Periode {period.first.isoformat()} t/m {period.last.isoformat()} (UTC). '
        "Dit rapport bevat geen promptinhoud en geen gevonden gegevens, alleen typen en "
        "aantallen.</p>\n"
        + "\n".join(sections)
        + f"\n<footer>Gemaakt op {escape(generated.strftime('%Y-%m-%d %H:%M'))} UTC uit "
        f"{escape(source)} met <code>gateway report</code>. Details per incident: "
        "<code>gateway incidents show NUMMER</code>.</footer>\n</main>\n</body>\n</html>\n"
    )


def _tiles(stats: IncidentStats) -> str:
    tiles = [
        ("Incidenten", stats.total),
        ("Geblokkeerd", stats.per_decision["block"]),
        ("Weggelakt", stats.per_decision["redact"]),
        ("Toegestaan (gelogd)", stats.per_decision["allow"]),
        ("In monitormodus", stats.per_mode["monitor"]),
        ("Gebruikers", len(stats.per_user)),
        ("Herhaalde waarden", stats.repeated_fingerprints),
    ]
    cells = "".join(
        f'<div class="tile"><div class="n">{value}</div><div class="l">{escape(label)}</div></div>'
        for label, value in tiles
    )
    return f'<section class="tiles" aria-label="Totalen">{cells}</section>'


def _integrity(result: VerifyResult) -> str:
    if result.ok:
        verdict = "Integriteitscontrole: in orde"
        detail = (
            f"<p>{result.records} records in {len(result.files)} bestand(en) gecontroleerd: de "
            "hashketen is ononderbroken, geen record is gewijzigd, verwijderd, ingevoegd of "
            "verplaatst.</p>"
        )
    else:
        verdict = f"Integriteitscontrole: NIET in orde ({len(result.problems)} problemen)"
        items = "".join(
            f"<li>{escape(str(problem))}</li>" for problem in result.problems[:_MAX_PROBLEMS_SHOWN]
        )
        more = len(result.problems) - _MAX_PROBLEMS_SHOWN
        detail = (
            f"<p>{result.records} records gecontroleerd. Het log is na het schrijven veranderd; "
            "zie <code>gateway incidents verify</code> voor de volledige lijst.</p>"
            f'<ul class="problems">{items}</ul>'
            + (f"<p>... en nog {more}.</p>" if more > 0 else "")
        )
    if result.retention_note:
        note = escape(result.retention_note)
        detail += f"<p>Begin van het log verwijderd door de bewaartermijn: {note}.</p>"
    if result.last_hash:
        detail += f"<p>Hash van het laatste record: <code>{escape(result.last_hash)}</code></p>"
    css = "card check" if result.ok else "card check bad"
    return f'<section class="{css}"><div class="verdict">{escape(verdict)}</div>{detail}</section>'


def _card(title: str, body: str) -> str:
    return f'<section class="card"><h2>{escape(title)}</h2>{body}</section>'


def _legend() -> str:
    items = "".join(
        f'<span><i style="background:{COLOURS[key]}"></i>{escape(DECISION_NL[key])}</span>'
        for key in ("block", "redact", "allow")
    )
    return f'<div class="legend">{items}</div>'


def _bars(counts: Counter[str], colour: str) -> str:
    items = counts.most_common(_TOP)
    if not items:
        return '<p class="empty">Geen in deze periode.</p>'
    peak = items[0][1] or 1
    rows = "".join(
        f'<tr><td class="k">{escape(key)}</td><td><div class="bar" style="width:'
        f'{100 * value / peak:.1f}%;background:{colour}"></div></td>'
        f'<td class="v">{value}</td></tr>'
        for key, value in items
    )
    return f'<table class="bars">{rows}</table>'


def _trend_svg(stats: IncidentStats, period: ReportPeriod) -> str:
    """Stacked bars per day (block, redact, allow) with a labelled y axis."""
    days = period.days()
    width, height, left, bottom, top = 1040, 240, 44, 28, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    totals = [sum(stats.per_day.get(day, Counter()).values()) for day in days]
    peak = _nice_ceiling(max(totals, default=0))
    slot = plot_w / max(len(days), 1)
    bar_w = max(slot * 0.7, 1.0)
    parts = [
        f'<svg role="img" aria-label="Incidenten per dag" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg" font-size="11" fill="#616e7c">'
    ]
    for step in range(5):
        value = peak * step / 4
        y = top + plot_h - plot_h * step / 4
        parts.append(
            f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d9e2ec"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>'
        )
    label_every = max(1, -(-len(days) // 15))  # at most ~15 labels: readable, no overlap
    for index, day in enumerate(days):
        counts = stats.per_day.get(day, Counter())
        x = left + index * slot + (slot - bar_w) / 2
        y = top + plot_h
        for decision in ("block", "redact", "allow"):
            bar_h = plot_h * counts[decision] / peak if peak else 0
            if bar_h > 0:
                y -= bar_h
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{bar_h:.1f}" '
                    f'fill="{COLOURS[decision]}"><title>{day}: {counts[decision]} '
                    f"{DECISION_NL[decision]}</title></rect>"
                )
        if index % label_every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 10}" text-anchor="middle">'
                f"{day[8:10]}-{day[5:7]}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _nice_ceiling(value: int) -> int:
    """Top of the y axis: four gridline steps of a round size (1, 2, 5, 10, 20, ...)."""
    needed = max(value, 1) / 4
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if magnitude * factor >= needed:
                return magnitude * factor * 4
        magnitude *= 10

"""``gateway report``: the monthly incident report for the CISO as one offline HTML file."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from gateway.commands.incidents import EXIT_NO_LOG, EXIT_OK, log_files
from gateway.incidents.reader import IncidentFilter
from gateway.incidents.report_html import ReportPeriod, render_report
from gateway.incidents.stats_cache import log_stats
from gateway.incidents.verify import verify_log


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report",
        help="maandrapport van het incidentlog als HTML-bestand",
        description="Maakt één HTML-bestand (werkt offline) met totalen, trend per dag, blokkades "
        "per dienst en land, gegevenstypen, topgebruikers, beleidsregels en de "
        "integriteitscontrole van het log.",
    )
    period = parser.add_mutually_exclusive_group(required=True)
    period.add_argument(
        "--maand",
        "--month",
        dest="month",
        type=_month,
        metavar="JJJJ-MM",
        help="kalendermaand, bijv. 2026-11",
    )
    period.add_argument(
        "--van",
        "--since",
        dest="since",
        type=date.fromisoformat,
        metavar="DATUM",
        help="begin van de periode (JJJJ-MM-DD); met --tot",
    )
    parser.add_argument(
        "--tot",
        "--until",
        dest="until",
        type=date.fromisoformat,
        metavar="DATUM",
        help="einde van de periode, inclusief (standaard: vandaag)",
    )
    parser.add_argument(
        "--log",
        type=Path,
        metavar="PAD",
        help="incidentlog (standaard uit de instellingen, GATEWAY_INCIDENT_LOG)",
    )
    parser.add_argument(
        "--uitvoer",
        "-o",
        type=Path,
        metavar="BESTAND",
        help="HTML-bestand (standaard: ai-poort-rapport-<periode>.html)",
    )
    parser.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    period = _period(args)
    file_set = log_files(args)
    if file_set is None:
        return EXIT_NO_LOG
    query = IncidentFilter(since=period.first.isoformat(), until=period.last.isoformat())
    stats = log_stats(file_set, query)
    integrity = verify_log(file_set)
    html = render_report(stats, integrity, period, datetime.now(UTC), str(file_set.active))
    output: Path = args.uitvoer or Path(f"ai-poort-rapport-{_slug(period)}.html")
    # The report names users: readable for the owner only, like the log itself.
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(html)
    status = "in orde" if integrity.ok else f"NIET in orde ({len(integrity.problems)} problemen)"
    print(f"Rapport geschreven naar {output}: {stats.total} incident(en), integriteit {status}.")
    return EXIT_OK


def _period(args: argparse.Namespace) -> ReportPeriod:
    if args.month is not None:
        first: date = args.month
        following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
        return ReportPeriod(first, following - timedelta(days=1))
    last: date = args.until or datetime.now(UTC).date()
    if last < args.since:
        print("--tot ligt vóór --van.", file=sys.stderr)
        raise SystemExit(EXIT_NO_LOG)
    return ReportPeriod(args.since, last)


def _slug(period: ReportPeriod) -> str:
    if period.is_calendar_month:
        return period.first.strftime("%Y-%m")
    return f"{period.first.isoformat()}_{period.last.isoformat()}"


def _month(value: str) -> date:
    try:
        return datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geldige maand (JJJJ-MM): {value}") from None

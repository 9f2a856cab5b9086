"""``gateway incidents``: the CISO's incident log tools: list, show, stats, export, verify."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from gateway.incidents.files import LogFileSet
from gateway.incidents.labels import DECISION_ARGUMENTS, FIELD_LABELS, decision_nl, display
from gateway.incidents.reader import IncidentFilter, Located, iter_incidents
from gateway.incidents.stats import IncidentStats
from gateway.incidents.stats_cache import log_stats
from gateway.incidents.verify import VerifyResult, verify_log

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_NO_LOG = 2

_CSV_FIELDS = [name for name in FIELD_LABELS if name not in ("prev_hash", "hash")]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    log_options = argparse.ArgumentParser(add_help=False)
    log_options.add_argument(
        "--log",
        type=Path,
        metavar="PAD",
        help="incidentlog (standaard: GATEWAY_INCIDENT_LOG of var/incidents.jsonl); "
        "geroteerde en gecomprimeerde bestanden ernaast worden meegelezen",
    )
    filters = argparse.ArgumentParser(add_help=False)
    add_filter_options(filters)

    parser = subparsers.add_parser(
        "incidents",
        help="incidentlog doorzoeken, tellen, exporteren en controleren",
        description="Het incidentlog bekijken. Het log bevat nooit de prompt of de gevonden "
        "gegevens zelf, alleen typen, aantallen en (optioneel) vingerafdrukken.",
    )
    actions = parser.add_subparsers(dest="incidents_action", required=True, metavar="ACTIE")

    listing = actions.add_parser(
        "list", parents=[log_options, filters], help="incidenten tonen (met filters)"
    )
    listing.add_argument("--limiet", "--limit", type=int, metavar="N", help="toon hoogstens N")
    listing.add_argument("--json", action="store_true", help="volledige records als JSON-regels")
    listing.set_defaults(handler=_list)

    show = actions.add_parser("show", parents=[log_options], help="één incident volledig tonen")
    show.add_argument("nummer", metavar="NUMMER", help="incidentnummer, bijv. 2026-11-23-000123")
    show.set_defaults(handler=_show)

    stats = actions.add_parser(
        "stats", parents=[log_options, filters], help="tellingen per dag, dienst, type en besluit"
    )
    stats.add_argument("--top", type=int, default=10, metavar="N", help="lengte van toplijsten")
    stats.set_defaults(handler=_stats)

    export = actions.add_parser(
        "export", parents=[log_options, filters], help="incidenten exporteren als CSV"
    )
    export.add_argument("--csv", action="store_true", required=True, help="CSV-formaat")
    export.add_argument("--uitvoer", "-o", type=Path, metavar="BESTAND", help="standaard: stdout")
    export.add_argument(
        "--scheidingsteken",
        default=";",
        metavar="TEKEN",
        help="kolomscheiding (standaard ';', zoals Excel met Nederlandse instellingen verwacht)",
    )
    export.set_defaults(handler=_export)

    verify = actions.add_parser(
        "verify",
        parents=[log_options],
        help="hashketen controleren: gewijzigde, verwijderde, ingevoegde of verplaatste records",
    )
    verify.set_defaults(handler=_verify)


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """Period and field filters, shared with `gateway report`."""
    parser.add_argument(
        "--van",
        "--since",
        dest="since",
        type=_day,
        metavar="DATUM",
        help="vanaf deze dag (JJJJ-MM-DD, UTC)",
    )
    parser.add_argument(
        "--tot",
        "--until",
        dest="until",
        type=_day,
        metavar="DATUM",
        help="tot en met deze dag (JJJJ-MM-DD, UTC)",
    )
    parser.add_argument(
        "--besluit",
        "--decision",
        dest="decision",
        type=_decision,
        metavar="BESLUIT",
        help="geblokkeerd | weggelakt | toegestaan",
    )
    parser.add_argument(
        "--dienst",
        "--service",
        dest="service",
        metavar="DIENST",
        help="dienst-id of host, bijv. chatgpt of chatgpt.com",
    )
    parser.add_argument(
        "--land",
        "--country",
        dest="country",
        metavar="LAND",
        help="landcode van de dienst, bijv. US",
    )
    parser.add_argument(
        "--type", dest="entity_type", metavar="TYPE", help="gevonden gegevenstype, bijv. NL_BSN"
    )
    parser.add_argument(
        "--gebruiker",
        "--user",
        dest="user",
        metavar="GEBRUIKER",
        help="gebruikersnaam (proxy-authenticatie); voor een inzageverzoek",
    )
    parser.add_argument("--client", dest="client", metavar="ADRES", help="IP-adres van de client")


def query_from(args: argparse.Namespace) -> IncidentFilter:
    return IncidentFilter(
        since=args.since,
        until=args.until,
        decision=args.decision,
        service=args.service,
        country=args.country,
        entity_type=args.entity_type,
        user=args.user,
        client=args.client,
    )


def log_files(args: argparse.Namespace) -> LogFileSet | None:
    """The log named by --log or the settings; None (after telling the user) if there is none."""
    path: Path | None = args.log
    if path is None:
        from gateway.settings import GatewaySettings

        path = GatewaySettings().incident_log
    file_set = LogFileSet(path)
    if not file_set.files():
        print(
            f"Geen incidentlog gevonden op {path}. Geef het pad met --log of stel "
            "GATEWAY_INCIDENT_LOG in.",
            file=sys.stderr,
        )
        return None
    return file_set


def _with_log(action: Callable[[LogFileSet, argparse.Namespace], int]) -> Callable[..., int]:
    def handler(args: argparse.Namespace) -> int:
        file_set = log_files(args)
        if file_set is None:
            return EXIT_NO_LOG
        try:
            return action(file_set, args)
        except BrokenPipeError:  # `gateway incidents list | head`
            sys.stderr.close()
            return EXIT_OK

    return handler


# -- list ------------------------------------------------------------------------------------

_LIST_COLUMNS = (
    ("Nummer", 17),
    ("Tijd (UTC)", 19),
    ("Besluit", 11),
    ("Dienst", 22),
    ("Land", 4),
    ("Gebruiker", 16),
    ("Typen", 0),
)


def _list_action(file_set: LogFileSet, args: argparse.Namespace) -> int:
    out = sys.stdout
    shown = 0
    if not args.json:
        out.write(_row(name for name, _ in _LIST_COLUMNS))
    for found in iter_incidents(file_set, query_from(args)):
        if args.limiet is not None and shown >= args.limiet:
            break
        record = found.record
        if args.json:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(
                _row(
                    (
                        str(record.get("incident")),
                        str(record.get("time", ""))[:19].replace("T", " "),
                        decision_nl(record.get("decision")),
                        str(record.get("service_id") or record.get("host")),
                        str(record.get("country") or "-"),
                        str(record.get("user") or "-"),
                        display("entities", record.get("entities")),
                    )
                )
            )
        shown += 1
    if not args.json:
        print(f"{shown} incident(en)", file=sys.stderr)
    return EXIT_OK


def _row(values: Iterable[str]) -> str:
    cells = [
        value if width == 0 else value[:width].ljust(width)
        for value, (_, width) in zip(values, _LIST_COLUMNS, strict=True)
    ]
    return "  ".join(cells).rstrip() + "\n"


_list = _with_log(_list_action)


# -- show ------------------------------------------------------------------------------------


def _show_action(file_set: LogFileSet, args: argparse.Namespace) -> int:
    number: str = args.nummer
    day = number[:10]
    query = (
        IncidentFilter(number=number, since=day, until=day)
        if _is_day(day)
        else IncidentFilter(number=number)
    )
    found = next(iter_incidents(file_set, query), None)
    if found is None:
        print(f"Incident {number} niet gevonden in {file_set.active}.", file=sys.stderr)
        return EXIT_PROBLEMS
    print(format_record(found))
    return EXIT_OK


def format_record(found: Located) -> str:
    width = max(len(label) for label in FIELD_LABELS.values())
    lines = [
        f"{label.ljust(width)}  {display(name, found.record.get(name))}"
        for name, label in FIELD_LABELS.items()
    ]
    lines.append(f"{'Vindplaats'.ljust(width)}  {found.file.name}, regel {found.line}")
    return "\n".join(lines)


_show = _with_log(_show_action)


# -- stats -----------------------------------------------------------------------------------


def _stats_action(file_set: LogFileSet, args: argparse.Namespace) -> int:
    stats = log_stats(file_set, query_from(args))
    sys.stdout.write(format_stats(stats, args.top))
    return EXIT_OK


def format_stats(stats: IncidentStats, top: int) -> str:
    parts = [f"Incidenten totaal: {stats.total}\n"]
    parts.append(_table("Per besluit", {decision_nl(k): v for k, v in stats.per_decision.items()}))
    per_day = {
        day: f"{sum(counts.values()):>7}  (geblokkeerd {counts['block']}, weggelakt "
        f"{counts['redact']}, toegestaan {counts['allow']})"
        for day, counts in sorted(stats.per_day.items())
    }
    parts.append(_table("Per dag", per_day))
    parts.append(_table("Per dienst", stats.per_service, top))
    parts.append(_table("Geblokkeerd per dienst", stats.blocks_per_service, top))
    parts.append(_table("Per land", stats.per_country, top))
    parts.append(_table("Per gegevenstype (incidenten)", stats.incidents_per_type))
    parts.append(_table("Per beleidsregel", stats.per_policy_rule, top))
    parts.append(_table(f"Top {top} gebruikers", stats.per_user, top))
    parts.append(_table(f"Top {top} clients", stats.per_client, top))
    if stats.repeated_fingerprints:
        parts.append(
            f"\nVingerafdrukken die in meer dan één incident voorkomen: "
            f"{stats.repeated_fingerprints}\n"
        )
    return "".join(parts)


def _table(title: str, counts: dict[str, Any] | Counter[str], top: int | None = None) -> str:
    if isinstance(counts, Counter):
        items: list[tuple[str, Any]] = counts.most_common(top)
    else:
        items = list(counts.items())
    if not items:
        return f"\n{title}: geen\n"
    width = max(len(str(key)) for key, _ in items)
    rows = "".join(
        f"  {str(key).ljust(width)}  {value:>7}\n"
        if isinstance(value, int)
        else f"  {str(key).ljust(width)}  {value}\n"
        for key, value in items
    )
    return f"\n{title}:\n{rows}"


_stats = _with_log(_stats_action)


# -- export ----------------------------------------------------------------------------------


def _export_action(file_set: LogFileSet, args: argparse.Namespace) -> int:
    records = (found.record for found in iter_incidents(file_set, query_from(args)))
    if args.uitvoer is None:
        count = write_csv(records, sys.stdout, args.scheidingsteken)
    else:
        # utf-8-sig: Excel recognises the encoding by the byte-order mark
        with args.uitvoer.open("w", encoding="utf-8-sig", newline="") as stream:
            count = write_csv(records, stream, args.scheidingsteken)
        print(f"{count} incident(en) geëxporteerd naar {args.uitvoer}", file=sys.stderr)
    return EXIT_OK


def write_csv(records: Iterable[dict[str, Any]], stream: TextIO, delimiter: str) -> int:
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([FIELD_LABELS[name] for name in _CSV_FIELDS])
    count = 0
    for record in records:
        writer.writerow([_csv_cell(name, record.get(name)) for name in _CSV_FIELDS])
        count += 1
    return count


def _csv_cell(name: str, value: object) -> str:
    if value is None:
        return ""
    if name == "decision":
        return decision_nl(value)
    if name in ("body_size", "screening_ms"):
        return str(value).replace(".", ",")  # Dutch decimal comma
    text = display(name, value)
    # Host and user names come from the network: never let a spreadsheet run them as a formula.
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


_export = _with_log(_export_action)


# -- verify ----------------------------------------------------------------------------------


def _verify_action(file_set: LogFileSet, _: argparse.Namespace) -> int:
    result = verify_log(file_set)
    print(format_verify(result))
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def format_verify(result: VerifyResult) -> str:
    lines = [f"Gecontroleerd: {result.records} records in {len(result.files)} bestand(en)."]
    if result.retention_note:
        lines.append(
            f"Begin van het log verwijderd door de bewaartermijn: {result.retention_note}."
        )
    if result.ok:
        lines.append(
            "Resultaat: IN ORDE. De hashketen is ononderbroken; geen record is gewijzigd, "
            "verwijderd, ingevoegd of verplaatst."
        )
    else:
        lines.append(f"Resultaat: NIET IN ORDE, {len(result.problems)} probleem/problemen:")
        lines.extend(f"  {problem}" for problem in result.problems)
    if result.last_record is not None:
        lines.append(
            f"Laatste record: {result.last_record}, hash {result.last_hash}. Vergelijk deze hash "
            "met de kopie in de SIEM om te zien dat er aan het eind niets is weggehaald."
        )
    return "\n".join(lines)


_verify = _with_log(_verify_action)


# -- argument types --------------------------------------------------------------------------


def _day(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geldige datum (JJJJ-MM-DD): {value}") from None


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _decision(value: str) -> str:
    try:
        return DECISION_ARGUMENTS[value.lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"onbekend besluit {value!r}: kies geblokkeerd, weggelakt of toegestaan"
        ) from None

"""`gateway incidents ...` on a generated, rotated (and compressed) log."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.incidents.helpers import WrittenLog, run_cli


def _numbers(out: str) -> list[str]:
    return [line.split()[0] for line in out.splitlines()[1:]]


def test_list_reads_all_rotated_files(varied_log: WrittenLog) -> None:
    assert len(list(varied_log.path.parent.glob("*.gz"))) == 3
    result = run_cli("incidents", "list", "--log", str(varied_log.path))
    assert result.code == 0
    assert _numbers(result.out) == varied_log.numbers
    assert result.out.splitlines()[0].startswith("Nummer")
    assert "6 incident(en)" in result.err


def test_list_filters(varied_log: WrittenLog) -> None:
    log = ("--log", str(varied_log.path))
    n = varied_log.numbers

    def listed(*filters: str) -> list[str]:
        result = run_cli("incidents", "list", *log, *filters)
        assert result.code == 0, result.err
        return _numbers(result.out)

    assert listed("--van", "2026-11-04", "--tot", "2026-11-05") == n[2:5]
    assert listed("--since", "2026-11-05") == n[3:]
    assert listed("--besluit", "weggelakt") == [n[1], n[5]]
    assert listed("--decision", "block") == [n[0], n[2], n[3]]
    assert listed("--dienst", "chat.deepseek.com") == [n[2]]
    assert listed("--service", "copilot") == [n[4]]
    assert listed("--land", "CN") == [n[2]]
    assert listed("--type", "PERSON") == [n[1], n[3]]
    assert listed("--gebruiker", "pdevries") == [n[1], n[3]]
    assert listed("--client", "10.9.9.9") == [n[5]]
    assert listed("--gebruiker", "pdevries", "--type", "HEALTH_DATA") == [n[3]]
    assert listed("--gebruiker", "niemand") == []


def test_list_json_and_limit(varied_log: WrittenLog) -> None:
    result = run_cli("incidents", "list", "--log", str(varied_log.path), "--json", "--limiet", "2")
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [r["incident"] for r in records] == varied_log.numbers[:2]


def test_show(varied_log: WrittenLog) -> None:
    number = varied_log.numbers[3]
    result = run_cli("incidents", "show", number, "--log", str(varied_log.path))
    assert result.code == 0
    assert f"Incidentnummer           {number}" in result.out
    assert "Gevonden typen (aantal)  HEALTH_DATA x1, PERSON x1" in result.out
    assert "Besluit                  geblokkeerd" in result.out
    assert ".jsonl.gz, regel 2" in result.out  # found inside a rotated, compressed file

    missing = run_cli("incidents", "show", "2026-11-03-999999", "--log", str(varied_log.path))
    assert missing.code == 1 and "niet gevonden" in missing.err


def test_stats(varied_log: WrittenLog) -> None:
    result = run_cli("incidents", "stats", "--log", str(varied_log.path))
    out = result.out
    assert result.code == 0
    assert "Incidenten totaal: 6" in out
    assert "geblokkeerd        3" in out
    assert "2026-11-05        2  (geblokkeerd 1, weggelakt 0, toegestaan 1)" in out
    assert "pdevries        2" in out
    assert "  NL_BSN               1\n" in out and "  PERSON               2\n" in out
    filtered = run_cli("incidents", "stats", "--log", str(varied_log.path), "--land", "CN")
    assert "Incidenten totaal: 1" in filtered.out


def test_export_csv_has_dutch_headings_and_is_formula_safe(
    varied_log: WrittenLog, tmp_path: Path
) -> None:
    output = tmp_path / "export.csv"
    result = run_cli(
        "incidents", "export", "--csv", "--log", str(varied_log.path), "-o", str(output)
    )
    assert result.code == 0 and "6 incident(en)" in result.err
    text = output.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:4] == ["Incidentnummer", "Tijd (UTC)", "Besluit", "Redenen"]
    assert "Gebruiker" in rows[0] and "Gevonden typen (aantal)" in rows[0]
    assert [row[0] for row in rows[1:]] == varied_log.numbers
    assert rows[2][2] == "weggelakt"
    assert rows[1][rows[0].index("Screeningstijd (ms)")] == "12,5"


def test_export_to_stdout_with_filter(varied_log: WrittenLog) -> None:
    result = run_cli(
        "incidents", "export", "--csv", "--log", str(varied_log.path), "--gebruiker", "pdevries",
        "--scheidingsteken", ",",
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO(result.out)))
    assert len(rows) == 3 and all(row[11] == "pdevries" for row in rows[1:])


def test_verify_ok_and_tampered(varied_log: WrittenLog) -> None:
    ok = run_cli("incidents", "verify", "--log", str(varied_log.path))
    assert ok.code == 0 and "IN ORDE" in ok.out and "7 records" not in ok.out
    lines = varied_log.path.read_text().splitlines()
    lines[-1] = lines[-1].replace("10.9.9.9", "10.9.9.8")
    varied_log.path.write_text("\n".join(lines) + "\n")
    bad = run_cli("incidents", "verify", "--log", str(varied_log.path))
    assert bad.code == 1
    assert "NIET IN ORDE" in bad.out and "incidents.jsonl:2" in bad.out and "gewijzigd" in bad.out


def test_missing_log_is_explained(tmp_path: Path) -> None:
    result = run_cli("incidents", "list", "--log", str(tmp_path / "nergens.jsonl"))
    assert result.code == 2 and "Geen incidentlog gevonden" in result.err


def test_bad_arguments_are_explained_in_dutch(varied_log: WrittenLog) -> None:
    result = run_cli("incidents", "list", "--log", str(varied_log.path), "--van", "gisteren")
    assert result.code == 2 and "geen geldige datum" in result.err
    result = run_cli("incidents", "list", "--log", str(varied_log.path), "--besluit", "misschien")
    assert result.code == 2 and "onbekend besluit" in result.err

"""``IncidentRecorder``: writes one sealed, chained record per screening decision.

All writes go through one lock, so numbering, the hash chain, rotation and retention see a single
order of records whichever thread (proxy workers, event loop) calls ``record``.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

import structlog

from gateway.incidents import chain
from gateway.incidents.alerts import SevereIncidentAlerter
from gateway.incidents.event import IncidentEvent, IncidentLogError
from gateway.incidents.fields import KIND_INCIDENT, KIND_RETENTION, KIND_ROTATION
from gateway.incidents.files import (
    LogFile,
    LogFileSet,
    first_line,
    last_lines,
    remove_stats_sidecar,
)
from gateway.incidents.processors import build_processors, iso_utc
from gateway.incidents.syslog import SyslogSender
from gateway.incidents.writer import ActiveLogFile, compress
from gateway.settings import GatewaySettings

_RESUME_TAIL_LINES = 64


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _shout(message: str) -> None:
    # stderr, unbuffered: an operator must see this even when the log itself is what fails
    print(f"AI-poort FOUT: {message}", file=sys.stderr, flush=True)


class _Outputs:
    """The structlog 'logger': the file must take the line, stdout and syslog get a copy."""

    def __init__(self, file: ActiveLogFile, stdout: bool, syslog: SyslogSender | None) -> None:
        self._file = file
        self._stdout = stdout
        self._syslog = syslog

    def info(self, line: str) -> None:
        self._file.write(line)  # OSError propagates: the record does not exist
        if self._stdout:
            try:
                sys.stdout.write(line + "\n")
                sys.stdout.flush()
            except (OSError, ValueError) as error:
                _shout(f"kopie van incidentrecord naar stdout mislukt ({type(error).__name__})")
        if self._syslog is not None:
            try:
                self._syslog.send(line)
            except OSError as error:
                _shout(f"kopie van incidentrecord naar syslog mislukt ({error.strerror})")


class IncidentRecorder:
    """Records screening decisions in the incident log.

    The record format is documented in the CISO section of README.md.
    """

    # How often to check that the path still names the open file (a stat per record costs).
    file_check_interval_s = 1.0

    def __init__(
        self, settings: GatewaySettings, *, clock: Callable[[], datetime] = _utc_now
    ) -> None:
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._state = chain.ChainState()
        self._file_set = LogFileSet(settings.incident_log)
        self._file = ActiveLogFile(self._file_set)
        self._syslog = SyslogSender(settings.incident_syslog) if settings.incident_syslog else None
        self._outputs = _Outputs(self._file, settings.incident_stdout, self._syslog)
        # bind() once: the lazy proxy from wrap_logger would rebuild the logger on every call
        self._logger: Any = structlog.wrap_logger(
            self._outputs, processors=build_processors(self._state, settings.incident_hmac_key)
        ).bind()
        self._next_file_check = 0.0
        self._alerter = SevereIncidentAlerter(settings)
        self._compressions: list[threading.Thread] = []
        self._resumed = False
        with self._lock:
            try:
                self._open()
                self._apply_retention(self._clock())
            except IncidentLogError:
                pass  # already reported; record() retries and raises

    def record(self, event: IncidentEvent) -> str:
        """Write one incident record; returns its number. Raises IncidentLogError if not written."""
        now = self._clock()
        stamp = iso_utc(now)
        with self._lock:
            if not self._file.is_open or self._file_was_replaced():
                self._file.close()
                self._open()
            self._rotate_if_due(now, stamp)
            self._write(
                KIND_INCIDENT,
                time=stamp,
                decision=event.decision,
                reason_codes=list(event.reason_codes),
                policy_rule=event.policy_rule,
                service_id=event.service_id,
                host=event.host,
                vendor=event.vendor,
                country=event.country,
                mode=event.mode,
                client=event.client,
                user=event.user,
                entities=dict(event.entity_counts),
                recognizers=list(event.recognizers),
                body_size=event.body_size,
                screening_ms=round(event.screening_ms, 3),
                finding_values=event.finding_values,
            )
            day, sequence = self._state.day, self._state.sequence
        number = chain.incident_number(day, sequence)
        self._alerter.submit(event, number, stamp)
        return number

    def close(self) -> None:
        with self._lock:
            self._file.close()
        self._alerter.close()
        for thread in self._compressions:
            thread.join()
        if self._syslog is not None:
            self._syslog.close()

    # -- writing -------------------------------------------------------------------------------

    def _write(self, kind: str, **fields: Any) -> None:
        """Render and append one record, committing number and chain only once it is on disk."""
        try:
            self._logger.info(kind, **fields)
        except OSError as error:
            self._state.discard()
            self._fail(error)
        except (TypeError, ValueError) as error:
            self._state.discard()
            _shout(f"incidentrecord kon niet worden opgebouwd ({error})")
            raise IncidentLogError(f"incidentrecord kon niet worden opgebouwd: {error}") from None
        self._state.commit()

    def _fail(self, error: OSError) -> NoReturn:
        reason = error.strerror or type(error).__name__
        message = f"incidentlog {self._file.path} niet schrijfbaar: {reason}"
        _shout(
            f"{message}. Het besluit is NIET vastgelegd; AI-diensten uit de catalogus worden "
            "geblokkeerd zolang dit duurt (fail_closed_on_log_error)."
            if self._settings.fail_closed_on_log_error
            else f"{message}. Het besluit is NIET vastgelegd."
        )
        raise IncidentLogError(message) from None

    def _open(self) -> None:
        # Resume from disk only once: if the file is later deleted or replaced underneath us, the
        # chain in memory is the truth and `verify` will report the gap.
        try:
            self._file.open()
            if not self._resumed:
                self._resume()
                self._resumed = True
        except OSError as error:
            self._file.close()
            self._fail(error)

    # -- restart -------------------------------------------------------------------------------

    def _resume(self) -> None:
        """Continue the chain and the day's numbering from the last records on disk."""
        tail = self._file.tail(_RESUME_TAIL_LINES)
        if not tail:
            rotated = [f for f in self._file_set.files() if not f.active]
            tail = last_lines(rotated[-1].path, _RESUME_TAIL_LINES) if rotated else []
        for line in reversed(tail):
            sealed = chain.unseal(line)
            if sealed is not None:
                self._state.prev_hash = sealed.stated_hash
                break
        last_number = _last_incident_number(tail)
        if last_number is not None:
            self._state.day, self._state.sequence = last_number

    # -- rotation and retention ----------------------------------------------------------------

    def _file_was_replaced(self) -> bool:
        moment = time.monotonic()
        if moment < self._next_file_check:
            return False
        self._next_file_check = moment + self.file_check_interval_s
        return self._file.replaced_underneath()

    def _rotate_if_due(self, now: datetime, stamp: str) -> None:
        first_time = self._file.first_time
        if not self._file.size or first_time is None:
            return
        new_day = self._settings.incident_rotate_daily and first_time[:10] != stamp[:10]
        limit = self._settings.incident_rotate_bytes
        if new_day or (limit and self._file.size >= limit):
            self._rotate(now)

    def _rotate(self, now: datetime) -> None:
        try:
            rotated = self._file.rotate()
        except OSError as error:
            self._fail(error)
        if rotated is None:
            return
        last_incident = (
            chain.incident_number(self._state.day, self._state.sequence)
            if self._state.sequence
            else None
        )
        self._write(
            KIND_ROTATION,
            time=now,
            previous_file=rotated.path.name,
            previous_records=rotated.records,
            previous_last_incident=last_incident,
        )
        if self._settings.incident_compress_rotated:
            thread = threading.Thread(
                target=_compress_quietly, args=(rotated.path,), name="incident-compress"
            )
            thread.start()
            self._compressions = [t for t in self._compressions if t.is_alive()] + [thread]
        self._apply_retention(now)

    def _apply_retention(self, now: datetime) -> None:
        """Delete rotated files whose newest record is older than the retention period.

        Each deletion is itself recorded (chained) with the hash of the deleted file's last
        record, so `verify` can tell a deletion by retention from a removed start of the log.
        """
        days = self._settings.incident_retention_days
        if not days or not self._file.is_open:
            return
        cutoff = iso_utc(now - timedelta(days=days))
        files = self._file_set.files()
        for index, log_file in enumerate(files):
            if log_file.active:
                break
            following = files[index + 1]
            end = following.start or self._file.first_time  # first record after this file
            if end is None or end >= cutoff:
                break
            anchor = _deletion_anchor(log_file, following)
            try:
                log_file.path.unlink()
                remove_stats_sidecar(log_file.path)
            except OSError as error:
                _shout(f"bewaartermijn: {log_file.path.name} niet verwijderd ({error.strerror})")
                break
            self._write(KIND_RETENTION, time=now, retention_days=days, **anchor)


def _compress_quietly(path: Path) -> None:
    try:
        compress(path)
    except OSError as error:
        _shout(
            f"comprimeren van {path} mislukt ({error.strerror}); het bestand blijft ongecomprimeerd"
        )


def _last_incident_number(lines: list[bytes]) -> tuple[str, int] | None:
    """Number of the newest incident among ``lines`` (or the one a rotation marker names)."""
    for line in reversed(lines):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        number = record.get("incident") or record.get("previous_last_incident")
        if isinstance(number, str):
            parsed = chain.parse_incident_number(number)
            if parsed is not None:
                return parsed
    return None


def _deletion_anchor(deleted: LogFile, following: LogFile) -> dict[str, Any]:
    """What the retention record says about a deleted file, preferably read from the rotation
    record that opens the next file (cheap even when the deleted file is compressed)."""
    plain_name = deleted.path.name.removesuffix(".gz")
    line = first_line(following.path)
    sealed = chain.unseal(line) if line else None
    record: dict[str, Any] = json.loads(line) if line and sealed else {}
    if sealed and record.get("kind") == KIND_ROTATION and record.get("previous_file") == plain_name:
        return {
            "deleted_file": plain_name,
            "deleted_records": record.get("previous_records"),
            "deleted_last_incident": record.get("previous_last_incident"),
            "deleted_last_hash": sealed.prev_hash,
        }
    tail = last_lines(deleted.path, _RESUME_TAIL_LINES)
    last = chain.unseal(tail[-1]) if tail else None
    number = _last_incident_number(tail)
    return {
        "deleted_file": plain_name,
        "deleted_records": None,
        "deleted_last_incident": chain.incident_number(*number) if number else None,
        "deleted_last_hash": last.stated_hash if last else None,
    }

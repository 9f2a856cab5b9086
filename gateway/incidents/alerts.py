"""Alerts for severe incidents (meldplicht datalekken): e-mail and/or webhook, off the proxy path.

An alert names the incident number and what kind of data was involved, never who sent it or what
was found: the CISO looks the incident up with ``gateway incidents show NUMMER``. Identical alerts
(same service, data types, decision, mode) within ``alert_min_interval_s`` are folded into one
follow-up that says how many more there were.
"""

from __future__ import annotations

import json
import queue
import smtplib
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage

from gateway.incidents.event import IncidentEvent
from gateway.incidents.fields import SEVERE_ENTITY_TYPES, SEVERE_REASON_CODES
from gateway.settings import GatewaySettings

_QUEUE_SIZE = 1000
_SEND_TIMEOUT_S = 10.0
_DECISION_NL = {"block": "geblokkeerd", "redact": "weggelakt", "allow": "doorgelaten"}


def severe_types(event: IncidentEvent) -> list[str]:
    """The severe entity types and reason codes of an event (empty: no alert)."""
    types = sorted(SEVERE_ENTITY_TYPES.intersection(event.entity_counts))
    reasons = sorted(SEVERE_REASON_CODES.intersection(event.reason_codes))
    return types + reasons


@dataclass(frozen=True, slots=True)
class Alert:
    """The non-personal facts of one severe incident."""

    incident: str
    time: str
    decision: str
    mode: str
    service: str
    host: str
    country: str | None
    severe: tuple[str, ...]
    entities: dict[str, int] = field(hash=False)
    policy_rule: str = ""

    @property
    def dedup_key(self) -> tuple[str, tuple[str, ...], str, str]:
        return (self.service, self.severe, self.decision, self.mode)

    @classmethod
    def from_event(cls, event: IncidentEvent, incident: str, time_iso: str) -> Alert:
        return cls(
            incident=incident,
            time=time_iso,
            decision=event.decision,
            mode=event.mode,
            service=event.service_id or event.host,
            host=event.host,
            country=event.country,
            severe=tuple(severe_types(event)),
            entities=dict(event.entity_counts),
            policy_rule=event.policy_rule,
        )

    def summary(self, folded: int) -> str:
        decision = _DECISION_NL.get(self.decision, self.decision)
        if self.mode == "monitor":
            decision += " (monitormodus: de prompt is WEL verstuurd)"
        lines = [
            f"Ernstig incident {self.incident} ({self.time})",
            f"Besluit: {decision}",
            f"Dienst: {self.service} ({self.host}), land: {self.country or 'onbekend'}",
            f"Aanleiding: {', '.join(self.severe)}",
            "Gevonden typen: "
            + ", ".join(f"{name} x{count}" for name, count in sorted(self.entities.items())),
            f"Beleidsregel: {self.policy_rule}",
        ]
        if folded:
            lines.append(
                f"Plus {folded} vergelijkbare incident(en) sinds de vorige melding "
                "(zelfde dienst, typen en besluit)."
            )
        lines.append(f"Details: gateway incidents show {self.incident}")
        return "\n".join(lines)

    def payload(self, folded: int) -> dict[str, object]:
        return {
            "text": self.summary(folded),
            "bron": "ai-poort",
            "incident": self.incident,
            "tijd": self.time,
            "besluit": self.decision,
            "modus": self.mode,
            "dienst": self.service,
            "host": self.host,
            "land": self.country,
            "aanleiding": list(self.severe),
            "typen": self.entities,
            "vergelijkbaar_sinds_vorige": folded,
        }


@dataclass(slots=True)
class _KeyState:
    last_sent: float
    folded: int = 0
    latest: Alert | None = None


class SevereIncidentAlerter:
    """Queues alerts from any thread and sends them from its own worker thread."""

    def __init__(
        self, settings: GatewaySettings, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._smtp_host = settings.alert_smtp_host
        self._smtp_port = settings.alert_smtp_port
        self._smtp_from = settings.alert_smtp_from
        self._smtp_to = [addr.strip() for addr in settings.alert_smtp_to.split(",") if addr.strip()]
        self._webhook_url = settings.alert_webhook_url
        self._interval = settings.alert_min_interval_s
        self._clock = clock
        self._queue: queue.Queue[Alert | None] = queue.Queue(_QUEUE_SIZE)
        self._keys: dict[tuple[str, tuple[str, ...], str, str], _KeyState] = {}
        self.sent = 0
        self.dropped = 0
        self._worker: threading.Thread | None = None
        if self.enabled:
            self._worker = threading.Thread(target=self._run, name="incident-alerts", daemon=True)
            self._worker.start()

    @property
    def enabled(self) -> bool:
        return bool((self._smtp_host and self._smtp_to) or self._webhook_url)

    def submit(self, event: IncidentEvent, incident: str, time_iso: str) -> None:
        """Never blocks: when the queue is full the alert is dropped and counted."""
        if not self.enabled or not severe_types(event):
            return
        try:
            self._queue.put_nowait(Alert.from_event(event, incident, time_iso))
        except queue.Full:
            self.dropped += 1

    def close(self, timeout: float = 15.0) -> None:
        """Send what is queued (including folded follow-ups), then stop the worker."""
        if self._worker is not None:
            self._queue.put(None)
            self._worker.join(timeout)
            self._worker = None

    def _run(self) -> None:
        while True:
            try:
                alert = self._queue.get(timeout=min(self._interval, 5.0) or 1.0)
            except queue.Empty:
                self._flush_folded(final=False)
                continue
            if alert is None:
                self._flush_folded(final=True)
                return
            self._handle(alert)
            self._flush_folded(final=False)

    def _handle(self, alert: Alert) -> None:
        now = self._clock()
        state = self._keys.get(alert.dedup_key)
        if state is not None and now - state.last_sent < self._interval:
            state.folded += 1
            state.latest = alert
            return
        folded = state.folded if state else 0
        self._keys[alert.dedup_key] = _KeyState(last_sent=now)
        self._send(alert, folded)

    def _flush_folded(self, final: bool) -> None:
        now = self._clock()
        for state in self._keys.values():
            due = final or now - state.last_sent >= self._interval
            if state.folded and state.latest is not None and due:
                # The follow-up reports the latest incident plus the ones folded before it
                self._send(state.latest, state.folded - 1)
                state.last_sent, state.folded, state.latest = now, 0, None

    def _send(self, alert: Alert, folded: int) -> None:
        if self._smtp_host and self._smtp_to:
            try:
                self._send_mail(alert, folded)
                self.sent += 1
            except (OSError, smtplib.SMTPException) as error:
                _warn(f"e-mailmelding {alert.incident} mislukt ({type(error).__name__})")
        if self._webhook_url:
            try:
                self._post_webhook(alert, folded)
                self.sent += 1
            except OSError as error:
                _warn(f"webhookmelding {alert.incident} mislukt ({type(error).__name__})")

    def _send_mail(self, alert: Alert, folded: int) -> None:
        message = EmailMessage()
        message["Subject"] = (
            f"[AI-poort] Ernstig incident {alert.incident}: "
            f"{_DECISION_NL.get(alert.decision, alert.decision)} ({', '.join(alert.severe)})"
        )
        message["From"] = self._smtp_from or "ai-poort@localhost"
        message["To"] = ", ".join(self._smtp_to)
        message.set_content(alert.summary(folded))
        with smtplib.SMTP(self._smtp_host, self._smtp_port, timeout=_SEND_TIMEOUT_S) as smtp:
            smtp.send_message(message)

    def _post_webhook(self, alert: Alert, folded: int) -> None:
        request = urllib.request.Request(
            self._webhook_url,
            data=json.dumps(alert.payload(folded)).encode("utf-8"),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        # Direct connection: environment proxy variables could point at the gateway itself.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=_SEND_TIMEOUT_S) as response:
            response.read()


def _warn(message: str) -> None:
    print(f"AI-poort WAARSCHUWING: {message}", file=sys.stderr, flush=True)

"""Incident log: tamper-evident records of screening decisions, without the personal data itself.

``IncidentRecorder`` writes (used by the proxy); ``reader``, ``stats`` and ``verify`` read (used by
the CISO's commands ``gateway incidents`` and ``gateway report``).
"""

from gateway.incidents.event import IncidentEvent, IncidentLogError
from gateway.incidents.recorder import IncidentRecorder

__all__ = ["IncidentEvent", "IncidentLogError", "IncidentRecorder"]

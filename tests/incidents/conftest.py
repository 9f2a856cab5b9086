"""Fixtures for the incident log tests (defined in helpers.py, shared with the test modules)."""

from tests.incidents.helpers import clock, recorder_factory, varied_log

__all__ = ["clock", "recorder_factory", "varied_log"]

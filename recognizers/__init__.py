"""AI-poort's Presidio recognizers: one module per concern, each exposing ``RECOGNIZERS``."""

from __future__ import annotations

import importlib

from presidio_analyzer import EntityRecognizer

# Order is irrelevant for results; grouped by concern for readers.
RECOGNIZER_MODULES = (
    # identifiers and contact data
    "nl_bsn",
    "nl_postcode",
    "nl_phone",
    "email",
    "iban",
    "date_of_birth",
    "nl_id_document",
    "nl_license_plate",
    # secrets and markings
    "secret",
    "confidential_marker",
    # AVG art. 9/10 categories (bound to a person by gateway.engine.subject)
    "health_data",
    "criminal_data",
    "special_category",
)


def default_recognizers() -> list[EntityRecognizer]:
    """Instances of every built-in pattern/term recognizer (names and addresses come from the
    NLP pipeline through Presidio's SpacyRecognizer, added by the engine)."""
    instances: list[EntityRecognizer] = []
    for name in RECOGNIZER_MODULES:
        module = importlib.import_module(f"recognizers.{name}")
        instances.extend(recognizer_class() for recognizer_class in module.RECOGNIZERS)
    return instances

"""Recognizers built from the admin's ``extra_patterns`` in policy.yaml (internal zaaknummer
formats, project code names): one Presidio PatternRecognizer per configured pattern."""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import Pattern, PatternRecognizer

from gateway.config.policy import ExtraPattern


def admin_pattern_recognizers(patterns: Iterable[ExtraPattern]) -> list[PatternRecognizer]:
    recognizers = []
    for extra in patterns:
        flags = re.DOTALL | re.MULTILINE | (re.IGNORECASE if extra.ignore_case else 0)
        recognizers.append(
            PatternRecognizer(
                supported_entity=extra.entity,
                name=f"admin:{extra.name}",
                supported_language="nl",
                patterns=[Pattern(name=extra.name, regex=extra.regex, score=extra.score)],
                global_regex_flags=flags,
            )
        )
    return recognizers

"""The constructor every AI-poort pattern recognizer shares.

Presidio's predefined recognizers each repeat the same ``__init__``; here a recognizer only
declares its class attributes (ENTITY, PATTERNS, CONTEXT and, where case matters, REGEX_FLAGS),
and callers may still pass their own patterns or context as with Presidio's classes.
"""

from __future__ import annotations

from typing import Any, ClassVar

from presidio_analyzer import Pattern, PatternRecognizer


class DutchPatternRecognizer(PatternRecognizer):
    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    # None keeps Presidio's default flags (DOTALL | MULTILINE | IGNORECASE).
    REGEX_FLAGS: ClassVar[int | None] = None

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "nl",
        supported_entity: str | None = None,
    ) -> None:
        options: dict[str, Any] = {}
        if self.REGEX_FLAGS is not None:
            options["global_regex_flags"] = self.REGEX_FLAGS
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=list(self.PATTERNS) if patterns is None else patterns,
            context=list(self.CONTEXT) if context is None else context,
            supported_language=supported_language,
            **options,
        )

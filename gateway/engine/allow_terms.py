"""Admin allow-terms: public data of the municipality itself (``info@gemeente.nl``, the town
hall's address) that must never be flagged, and functional mailboxes (``woo@``, ``servicedesk@``
of any organisation), which address an organisation rather than a person."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from gateway.engine.types import Finding

# The domain part of an address: labels of letters, digits and hyphens, then a TLD.
_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"


class AllowTerms:
    def __init__(self, terms: Iterable[str], functional_mailboxes: Iterable[str] = ()) -> None:
        escaped = [r"\s+".join(map(re.escape, term.split())) for term in terms if term.strip()]
        # Longest first so that "Stadhuisplein 10" is not cut short by "Stadhuisplein 1".
        escaped.sort(key=len, reverse=True)
        local_parts = sorted(map(re.escape, functional_mailboxes), key=len, reverse=True)
        if local_parts:
            # "woo@gemeente-x.nl", not "jan.woo@..." nor "woo@" inside a longer local part.
            escaped.append(r"(?<![\w.+-])(?:" + "|".join(local_parts) + r")@" + _DOMAIN)
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(escaped) + r")(?!\w)", re.IGNORECASE)
            if escaped
            else None
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self._pattern is None:
            return []
        return [match.span() for match in self._pattern.finditer(text)]

    def drop_allowed(self, text: str, findings: Sequence[Finding]) -> list[Finding]:
        """Remove findings that lie entirely within an allow-term occurrence."""
        spans = self.spans(text)
        if not spans:
            return list(findings)
        return [
            finding
            for finding in findings
            if not any(start <= finding.start and finding.end <= end for start, end in spans)
        ]

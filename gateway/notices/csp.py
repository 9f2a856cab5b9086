"""Let one inline ``<script nonce>`` / ``<style nonce>`` through a page's Content-Security-Policy
while leaving everything else in the policy exactly as the site wrote it.

Per policy (a header may hold several, separated by commas) and per resource kind, the directive
that governs an inline element is ``script-src-elem``, else ``script-src``, else ``default-src``
(CSP Level 3, and ``style-*`` likewise):
- no governing directive: inline elements are allowed already; nothing changes;
- ``'unsafe-inline'`` without any nonce, hash or ``'strict-dynamic'``: inline is allowed already,
  and adding a nonce would *disable* ``'unsafe-inline'`` and break the site's own inline code;
- otherwise ``'nonce-…'`` is added to ``*-src-elem`` and ``*-src`` where present (a lone
  ``'none'`` is dropped, since it is only valid on its own); when only ``default-src`` governs,
  an explicit ``*-src`` is added with default-src's sources plus the nonce, so nothing else that
  default-src allowed or forbade changes.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

_KINDS = ("script", "style")


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


@dataclass
class _Directive:
    name: str  # as the site wrote it
    sources: list[str]

    @property
    def key(self) -> str:
        return self.name.lower()

    def render(self) -> str:
        return " ".join([self.name, *self.sources])


def _parse(policy: str) -> list[_Directive]:
    directives = []
    for part in policy.split(";"):
        tokens = part.split()
        if tokens:
            directives.append(_Directive(tokens[0], tokens[1:]))
    return directives


def _allows_all_inline(sources: list[str]) -> bool:
    lowered = [source.lower() for source in sources]
    if "'unsafe-inline'" not in lowered:
        return False
    return not any(
        source.startswith(("'nonce-", "'sha256-", "'sha384-", "'sha512-"))
        or source == "'strict-dynamic'"
        for source in lowered
    )


def _with_nonce(sources: list[str], nonce: str) -> list[str]:
    kept = [source for source in sources if source.lower() != "'none'"]
    return [*kept, f"'nonce-{nonce}'"]


def _allow_kind(directives: list[_Directive], kind: str, nonce: str) -> None:
    by_name: dict[str, _Directive] = {}
    for directive in directives:
        by_name.setdefault(directive.key, directive)  # a repeated directive is ignored by CSP
    elem, src = by_name.get(f"{kind}-src-elem"), by_name.get(f"{kind}-src")
    governing = elem or src or by_name.get("default-src")
    if governing is None or _allows_all_inline(governing.sources):
        return
    if elem is None and src is None:
        directives.append(_Directive(f"{kind}-src", _with_nonce(governing.sources, nonce)))
        return
    for present in (elem, src):
        if present is not None and not _allows_all_inline(present.sources):
            present.sources = _with_nonce(present.sources, nonce)


def add_nonce_to_policy(policy: str, nonce: str) -> str:
    """Rewrite one CSP header value (which may hold several comma-separated policies)."""
    rewritten = []
    for single in policy.split(","):
        directives = _parse(single)
        if not directives:
            rewritten.append(single.strip())
            continue
        for kind in _KINDS:
            _allow_kind(directives, kind, nonce)
        rewritten.append("; ".join(directive.render() for directive in directives))
    return ", ".join(part for part in rewritten if part)

"""Turn findings into one decision with the effective policy rules for a service.

Rules: a finding counts when its score reaches the rule's threshold. Any counted finding whose
action is ``block`` blocks the prompt; else any ``redact`` finding redacts; else allow (``log``
findings are reported and recorded but let the prompt pass unchanged).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from gateway.config.policy import EntityRule
from gateway.engine.types import Action, Decision, Finding

_ACTION_RANK = {Action.ALLOW: 0, Action.LOG: 1, Action.REDACT: 2, Action.BLOCK: 3}


@dataclass(frozen=True, slots=True)
class Verdict:
    decision: Decision
    findings: list[Finding]  # counted findings (threshold reached, action other than allow)
    to_redact: list[Finding]
    reasons: list[str]


def action_for(finding: Finding, rules: Mapping[str, EntityRule]) -> Action:
    rule = rules.get(finding.type)
    if rule is None or finding.score < rule.threshold:
        return Action.ALLOW
    return rule.action


def resolve_overlaps(findings: Sequence[Finding], rules: Mapping[str, EntityRule]) -> list[Finding]:
    """Keep one finding per overlapping region: strictest action, then longest, then score.

    A span can be seen by two recognizers (a postcode inside an address, a BSN-shaped run inside
    a longer number); redaction needs disjoint spans, and the strictest reading is the safe one.
    """

    def priority(finding: Finding) -> tuple[int, int, float]:
        rank = _ACTION_RANK[action_for(finding, rules)]
        return (rank, finding.end - finding.start, finding.score)

    kept = _DisjointSpans()
    for finding in sorted(findings, key=priority, reverse=True):
        kept.add_unless_overlapping(finding)
    return sorted(kept.findings, key=lambda item: (item.start, item.end))


class _DisjointSpans:
    """Findings whose spans do not overlap, with an O(log n) overlap test (a 20 KB paste has
    hundreds of findings; testing each against all kept ones was quadratic)."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self._starts: list[int] = []  # of the non-empty kept spans, sorted
        self._ends: list[int] = []  # in the same order; disjoint, so sorted as well
        self._empty: list[Finding] = []  # zero-length spans, rare: tested one by one

    def add_unless_overlapping(self, finding: Finding) -> None:
        start, end = finding.start, finding.end
        # The kept span starting last before ``end`` ends last of all that start before it.
        index = bisect_left(self._starts, end) - 1
        if index >= 0 and self._ends[index] > start:
            return
        if self._empty and any(start < other.start < end for other in self._empty):
            return
        if end <= start:
            self._empty.append(finding)
        else:
            position = bisect_left(self._starts, start)
            self._starts.insert(position, start)
            self._ends.insert(position, end)
        self.findings.append(finding)


def decide(findings: Sequence[Finding], rules: Mapping[str, EntityRule]) -> Verdict:
    counted: list[Finding] = []
    actions: dict[str, Action] = {}
    for finding in findings:
        action = action_for(finding, rules)
        if action is Action.ALLOW:
            continue
        counted.append(finding)
        actions[finding.type] = action
    present = set(actions.values())
    if Action.BLOCK in present:
        decision = Decision.BLOCK
    elif Action.REDACT in present:
        decision = Decision.REDACT
    else:
        decision = Decision.ALLOW
    reasons = [
        f"{action.value}:{entity}"
        for entity, action in sorted(actions.items(), key=lambda kv: (-_ACTION_RANK[kv[1]], kv[0]))
    ]
    to_redact = [f for f in counted if actions[f.type] is Action.REDACT]
    return Verdict(decision=decision, findings=counted, to_redact=to_redact, reasons=reasons)

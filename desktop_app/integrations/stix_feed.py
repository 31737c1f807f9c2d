"""A policy draft from a STIX 2.1 indicator bundle, as mobile-verification tools publish them (MVT).

Read with the `stix2` library: each object of the bundle on its own (one malformed object is
reported, it does not sink the rest), each indicator's pattern through stix2's pattern parser.
What App Audit can check becomes a rule per indicator name:
- `app:id = 'X'`: the app id, as an Android package and as an iPhone bundle id;
- `app:cert.sha256 = 'X'`: an Android signing certificate (the digest apksigner prints).
Everything else is counted and listed, never dropped silently: other observables (domains,
processes, files...), `app:cert.sha1` (App Audit compares SHA-256 certificate digests only, and a
SHA-1 cannot be turned into one), values that are not app ids or digests, patterns joined by AND or
FOLLOWEDBY (one observable cannot be checked alone), and objects stix2 refuses.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import stix2
from stix2.exceptions import STIXError
from stix2.pattern_visitor import create_pattern_object
from stix2.patterns import (
    EqualityComparisonExpression,
    ObservationExpression,
    OrBooleanExpression,
    OrObservationExpression,
)

from desktop_app.core.policy_schema import SCHEMA_ID

APP_ID = "app:id"
CERT_SHA256 = "app:cert.sha256"
CERT_SHA1 = "app:cert.sha1"
SHA1_REASON = "app:cert.sha1 (App Audit matches SHA-256 certificate digests only)"
_MAX_OBJECTS = 200_000
_APP_ID_VALUE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}")
_SHA256_VALUE = re.compile(r"[0-9a-fA-F]{64}|(?:[0-9a-fA-F]{2}:){31}[0-9a-fA-F]{2}")
_SLUG_OUT = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An indicator (or object) App Audit cannot check, and why."""

    object_id: str
    name: str
    reason: str


@dataclass
class FeedRule:
    name: str
    app_ids: list[str] = field(default_factory=list)
    signers: list[str] = field(default_factory=list)


@dataclass
class FeedContents:
    rules: dict[str, FeedRule] = field(default_factory=dict)  # by indicator name, in bundle order
    skipped: list[Skipped] = field(default_factory=list)
    indicators: int = 0

    def skipped_by_reason(self) -> Counter[str]:
        return Counter(s.reason for s in self.skipped)


def read_feed(document: Any) -> FeedContents:
    """The app ids and certificate digests of a STIX 2.1 bundle (a parsed JSON document)."""
    if not isinstance(document, dict) or document.get("type") != "bundle":
        raise ValueError("not a STIX bundle (a JSON object with type 'bundle')")
    objects = document.get("objects")
    if not isinstance(objects, list):
        raise ValueError("the bundle has no 'objects' list")
    if len(objects) > _MAX_OBJECTS:
        raise ValueError(f"the bundle holds {len(objects)} objects (at most {_MAX_OBJECTS})")
    contents = FeedContents()
    for raw in objects:
        if not isinstance(raw, dict) or raw.get("type") != "indicator":
            continue
        contents.indicators += 1
        object_id = str(raw.get("id", "?"))[:120]
        name = str(raw.get("name") or "").strip()[:120]
        try:
            indicator = stix2.parse(raw, allow_custom=True, version="2.1")
        except (STIXError, ValueError, TypeError) as error:
            contents.skipped.append(Skipped(object_id, name, f"refused by stix2: {str(error)[:200]}"))
            continue
        _take_indicator(contents, indicator, object_id, name)
    return contents


def _take_indicator(contents: FeedContents, indicator: Any, object_id: str, name: str) -> None:
    if indicator.get("pattern_type") != "stix":
        contents.skipped.append(Skipped(object_id, name, f"pattern type {indicator.get('pattern_type')}"))
        return
    try:
        pattern = create_pattern_object(indicator.pattern, version="2.1")
    except Exception as error:
        contents.skipped.append(Skipped(object_id, name, f"unreadable pattern: {str(error)[:200]}"))
        return
    comparisons = _alternatives(pattern)
    if comparisons is None:
        contents.skipped.append(Skipped(object_id, name, "pattern with AND or FOLLOWEDBY"))
        return
    rule = contents.rules.setdefault(name or object_id, FeedRule(name or object_id))
    for path, value in comparisons:
        if path == APP_ID and _APP_ID_VALUE.fullmatch(value) and ".." not in value:
            if value not in rule.app_ids:
                rule.app_ids.append(value)
        elif path == CERT_SHA256 and _SHA256_VALUE.fullmatch(value):
            digest = value.replace(":", "").lower()
            if digest not in rule.signers:
                rule.signers.append(digest)
        elif path == CERT_SHA1:
            contents.skipped.append(Skipped(object_id, name, SHA1_REASON))
        elif path in (APP_ID, CERT_SHA256):
            contents.skipped.append(Skipped(object_id, name, f"{path} value {value[:80]!r} is not valid"))
        else:
            contents.skipped.append(Skipped(object_id, name, path or "a comparison that is not '='"))
    if not rule.app_ids and not rule.signers:
        del contents.rules[rule.name]


def _alternatives(node: Any) -> list[tuple[str, str]] | None:
    """(object path, value) of each `=` comparison of a pattern made of ORs only; None otherwise."""
    if isinstance(node, OrObservationExpression):
        found: list[tuple[str, str]] = []
        for operand in node.operands:
            part = _alternatives(operand)
            if part is None:
                return None
            found.extend(part)
        return found
    if isinstance(node, ObservationExpression):
        return _alternatives(node.operand)
    if isinstance(node, OrBooleanExpression):
        found = []
        for operand in node.operands:
            part = _alternatives(operand)
            if part is None:
                return None
            found.extend(part)
        return found
    if isinstance(node, EqualityComparisonExpression) and not node.negated:
        path = node.lhs
        components = ".".join(str(c.property_name) for c in path.property_path)
        return [(f"{path.object_type_name}:{components}", str(node.rhs.value))]
    if isinstance(node, EqualityComparisonExpression):
        return [("", "")]
    return None


def slug(text: str, fallback: str) -> str:
    cleaned = _SLUG_OUT.sub("-", text.lower()).strip("-")[:56]
    return cleaned or fallback


def policy_draft(contents: FeedContents, *, source: str, action: str, issued_at: datetime) -> dict[str, Any]:
    """The policy document (to be written as YAML) holding one rule per indicator name."""
    rules: list[dict[str, Any]] = []
    taken: set[str] = set()
    for index, feed_rule in enumerate(contents.rules.values(), start=1):
        rule_id = slug(feed_rule.name, f"indicator-{index}")
        if rule_id in taken:
            rule_id = f"{rule_id[:56]}-{index}"
        taken.add(rule_id)
        rule: dict[str, Any] = {"id": rule_id, "title": feed_rule.name, "action": action}
        android: dict[str, list[str]] = {}
        if feed_rule.app_ids:
            android["packages"] = list(feed_rule.app_ids)
            rule["ios"] = {"bundles": list(feed_rule.app_ids)}
        if feed_rule.signers:
            android["signers"] = list(feed_rule.signers)
        rule["android"] = android
        rule["reason"] = {"en": f"Listed as an indicator of {feed_rule.name} in {source}."}
        rules.append({k: rule[k] for k in ("id", "title", "action", "android", "ios", "reason") if k in rule})
    return {
        "schema": SCHEMA_ID,
        "id": slug(source, "stix-import")[:64],
        "version": issued_at.strftime("%Y.%m.%d-%H%M"),
        "title": f"Indicators from {source}"[:200],
        "issued_at": issued_at.isoformat(),
        "rules": rules,
    }

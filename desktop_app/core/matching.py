"""An index over a policy's rules so that matching costs O(apps), not O(apps x rules).

Exact ids go through dicts. Globs are compiled once and bucketed by their literal
prefix, so an app id only meets the globs whose prefix it starts with; globs that
start with a wildcard are the only ones tried against every app.
"""

from __future__ import annotations

import enum
import fnmatch
import re
from collections import defaultdict
from dataclasses import dataclass

from desktop_app.core.models import InstalledApp, Platform, RuleAction
from desktop_app.core.policy_schema import Rule
from desktop_app.core.reading_needs import android_signer_rules

_WILDCARDS = re.compile(r"[*?\[]")


class MatchKind(enum.StrEnum):
    ID = "id"
    SIGNER = "signer"
    TEAM = "team"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class RuleMatch:
    rule_index: int
    kind: MatchKind


class _GlobTable:
    """Glob patterns bucketed by literal prefix."""

    def __init__(self) -> None:
        self._by_prefix: dict[str, list[tuple[re.Pattern[str], int]]] = defaultdict(list)
        self._prefix_lengths: set[int] = set()
        self._free: list[tuple[re.Pattern[str], int]] = []

    def add(self, pattern: str, rule_index: int) -> None:
        compiled = re.compile(fnmatch.translate(pattern))
        wildcard = _WILDCARDS.search(pattern)
        prefix = pattern[: wildcard.start()] if wildcard else pattern
        if prefix:
            self._by_prefix[prefix].append((compiled, rule_index))
            self._prefix_lengths.add(len(prefix))
        else:
            self._free.append((compiled, rule_index))

    def __bool__(self) -> bool:
        return bool(self._by_prefix or self._free)

    def matches(self, text: str) -> list[int]:
        """The rules whose pattern matches text. Written for the usual answer, none: a scan asks
        this for every app, and one process scans several phones at once."""
        found: list[int] = []
        size = len(text)
        by_prefix = self._by_prefix
        for length in self._prefix_lengths:
            if length <= size:
                bucket = by_prefix.get(text[:length])
                if bucket:
                    found.extend(rule_index for compiled, rule_index in bucket if compiled.match(text))
        if self._free:
            found.extend(rule_index for compiled, rule_index in self._free if compiled.match(text))
        return found


class PolicyIndex:
    """Built once per policy; answers which rules an installed app matches."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.by_id = {rule.id: rule for rule in rules}
        self.required = [(i, rule) for i, rule in enumerate(rules) if rule.action is RuleAction.REQUIRE]
        self._exact: dict[tuple[Platform, str], list[int]] = defaultdict(list)
        self._globs: dict[Platform, _GlobTable] = {p: _GlobTable() for p in Platform}
        self._signers: dict[str, list[int]] = defaultdict(list)
        self._teams: dict[str, list[int]] = defaultdict(list)
        self._names = _GlobTable()
        for index, rule in enumerate(rules):
            if rule.android:
                self._add_ids(Platform.ANDROID, rule.android.packages, index)
                for digest in rule.android.signers:
                    self._signers[digest].append(index)
            if rule.ios:
                self._add_ids(Platform.IOS, rule.ios.bundles, index)
                for team in rule.ios.team_ids:
                    self._teams[team].append(index)
            for name_pattern in rule.name_patterns:
                self._names.add(name_pattern.casefold(), index)
        self.android_signer_rules = android_signer_rules(rules)
        # Look-alike rules and the publishers they spare (rule index -> signers, team ids).
        self._spared = {
            index: (
                frozenset(rule.unless_signed_by.android_signers),
                frozenset(rule.unless_signed_by.ios_team_ids),
            )
            for index, rule in enumerate(rules)
            if rule.unless_signed_by is not None
        }
        # Only the tables that hold patterns, looked up once per app rather than asked if empty.
        self._id_globs = {platform: table for platform, table in self._globs.items() if table}
        self._name_globs = self._names if self._names else None

    def _add_ids(self, platform: Platform, patterns: list[str], index: int) -> None:
        for pattern in patterns:
            if _WILDCARDS.search(pattern):
                self._globs[platform].add(pattern, index)
            else:
                self._exact[(platform, pattern)].append(index)

    def match(self, app: InstalledApp) -> list[RuleMatch]:
        """Every rule the app matches, the strongest kind of match per rule (id > signer/team > name)."""
        # Written for the usual case, an app that matches nothing: a few dict lookups and no allocation.
        found: dict[int, MatchKind] | None = None
        exact = self._exact.get((app.platform, app.app_id))
        if exact:
            found = dict.fromkeys(exact, MatchKind.ID)
        globs = self._id_globs.get(app.platform)
        if globs is not None:
            for index in globs.matches(app.app_id):
                found = found or {}
                found.setdefault(index, MatchKind.ID)
        for digest in app.signer_digests:
            for index in self._signers.get(digest, ()):
                found = found or {}
                found.setdefault(index, MatchKind.SIGNER)
        if app.team_id:
            for index in self._teams.get(app.team_id, ()):
                found = found or {}
                found.setdefault(index, MatchKind.TEAM)
        names = self._name_globs
        if names is not None and app.label:
            for index in names.matches(app.label.casefold()):
                found = found or {}
                found.setdefault(index, MatchKind.NAME)
        if not found:
            return []
        spared = self._spared
        return [
            RuleMatch(i, kind)
            for i, kind in found.items()
            if self._applies_to_user(i, app) and not (spared and i in spared and signed_by(app, *spared[i]))
        ]

    def _applies_to_user(self, index: int, app: InstalledApp) -> bool:
        users = self.rules[index].users
        return users is None or app.user is None or app.user in users


def signed_by(app: InstalledApp, signers: frozenset[str], team_ids: frozenset[str]) -> bool:
    """Whether the publisher (its signing certificates, its team ids) made this app, as far as known.

    An Android app whose signer could not be read is not known to be the publisher's: the look-alike
    rule keeps it (the report says the signer was unreadable).
    """
    if app.platform is Platform.ANDROID:
        return bool(signers.intersection(app.signer_digests))
    return bool(app.team_id) and app.team_id in team_ids


class NaiveMatcher:
    """Reference matcher: every rule, every pattern, for every app (patterns compiled once).

    The baseline for the benchmark and the oracle for the property tests.
    """

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._compiled = [
            (
                [re.compile(fnmatch.translate(p)) for p in (rule.android.packages if rule.android else [])],
                [re.compile(fnmatch.translate(p)) for p in (rule.ios.bundles if rule.ios else [])],
                [re.compile(fnmatch.translate(p.casefold())) for p in rule.name_patterns],
            )
            for rule in rules
        ]

    def match(self, app: InstalledApp) -> list[RuleMatch]:
        result = []
        label = app.label.casefold()
        for index, rule in enumerate(self.rules):
            android_ids, ios_ids, names = self._compiled[index]
            kind: MatchKind | None = None
            ids = android_ids if app.platform is Platform.ANDROID else ios_ids
            if (
                app.platform is Platform.ANDROID
                and rule.android
                and set(app.signer_digests) & set(rule.android.signers)
            ):
                kind = MatchKind.SIGNER
            if app.platform is Platform.IOS and rule.ios and app.team_id and app.team_id in rule.ios.team_ids:
                kind = MatchKind.TEAM
            if any(pattern.match(app.app_id) for pattern in ids):
                kind = MatchKind.ID
            if kind is None and label and any(pattern.match(label) for pattern in names):
                kind = MatchKind.NAME
            spared = rule.unless_signed_by is not None and signed_by(
                app,
                frozenset(rule.unless_signed_by.android_signers),
                frozenset(rule.unless_signed_by.ios_team_ids),
            )
            applies = rule.users is None or app.user is None or app.user in rule.users
            if kind is not None and applies and not spared:
                result.append(RuleMatch(index, kind))
        return result

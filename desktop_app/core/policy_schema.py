"""The v1 policy document as pydantic models (validation only; no I/O)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from desktop_app.core.models import RuleAction

SCHEMA_ID = "app-audit/policy@1"

_APP_ID_GLOB = re.compile(r"^[A-Za-z0-9_*?][A-Za-z0-9_.*?-]*$")
_HEX_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TEAM_ID = re.compile(r"^[A-Z0-9]{10}$")

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


def _app_id_pattern(value: str) -> str:
    if not _APP_ID_GLOB.match(value) or ".." in value:
        raise ValueError(
            f"{value!r} is not an app id (letters, digits, '.', '_', '-', with '*' or '?' as wildcards)"
        )
    return value


def _signer_digest(value: str) -> str:
    normalized = value.replace(":", "").lower()
    if not _HEX_SHA256.match(normalized):
        raise ValueError(f"{value!r} is not a SHA-256 certificate digest (64 hex digits)")
    return normalized


def _team_id(value: str) -> str:
    if not _TEAM_ID.match(value):
        raise ValueError(f"{value!r} is not an Apple team id (10 capital letters or digits)")
    return value


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("needs a time zone, e.g. 2026-11-28T23:59:00-08:00 or ...Z")
    return value


AppIdPattern = Annotated[str, AfterValidator(_app_id_pattern)]
SignerDigest = Annotated[str, AfterValidator(_signer_digest)]
TeamId = Annotated[str, AfterValidator(_team_id)]
AwareDatetime = Annotated[datetime, AfterValidator(_aware)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(_Strict):
    en: NonEmpty
    fr: NonEmpty | None = None

    def get(self, language: str) -> str:
        return (self.fr if language == "fr" else None) or self.en


class Contact(_Strict):
    name: NonEmpty
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None = None
    phone: str | None = None


class Privacy(_Strict):
    keep_full_inventory: bool = False
    retention_days: int = Field(default=90, ge=1, le=3650)


class AndroidMatch(_Strict):
    packages: list[AppIdPattern] = []
    signers: list[SignerDigest] = []

    @model_validator(mode="before")
    @classmethod
    def _no_names(cls, data: object) -> object:
        # App Audit does not read Android apps' names (they live in each APK's resources): a name
        # pattern here would silently match nothing, so it is refused rather than accepted.
        if isinstance(data, dict) and ({"name_patterns", "names"} & set(data)):
            raise ValueError(
                "Android apps' names are not read: match Android look-alikes by package pattern "
                "(packages: ['*tiktok*']) or by signer, and keep name_patterns (iPhone names) on the rule"
            )
        return data


class IosMatch(_Strict):
    bundles: list[AppIdPattern] = []
    team_ids: list[TeamId] = []


class SignedBy(_Strict):
    """A publisher: its Android signing certificates and its Apple team ids."""

    android_signers: list[SignerDigest] = []
    ios_team_ids: list[TeamId] = []


class RemovalSteps(_Strict):
    android: LocalizedText | None = None
    ios: LocalizedText | None = None


class Rule(_Strict):
    id: Slug
    title: NonEmpty
    action: RuleAction
    android: AndroidMatch | None = None
    ios: IosMatch | None = None
    name_patterns: list[NonEmpty] = []
    # Look-alikes: the rule spares apps this publisher signed (the genuine app), so "named like
    # TikTok" catches a clone or a repackage and leaves TikTok's own apps to the other rules.
    unless_signed_by: SignedBy | None = None
    users: list[Annotated[int, Field(ge=0)]] | None = None
    enforce_from: AwareDatetime | None = None
    reason: LocalizedText | None = None
    steps: RemovalSteps | None = None

    @model_validator(mode="after")
    def _has_something_to_match(self) -> Rule:
        has_ids = bool(
            (self.android and (self.android.packages or self.android.signers))
            or (self.ios and (self.ios.bundles or self.ios.team_ids))
        )
        if not has_ids and not self.name_patterns:
            raise ValueError("a rule needs android packages/signers, ios bundles/team_ids or name_patterns")
        if self.action is RuleAction.REQUIRE and not has_ids:
            raise ValueError("a 'require' rule must name the app by android packages or ios bundles")
        if self.unless_signed_by is not None:
            if self.action is RuleAction.REQUIRE:
                raise ValueError("unless_signed_by is for remove and review rules, not 'require'")
            if not (self.unless_signed_by.android_signers or self.unless_signed_by.ios_team_ids):
                raise ValueError("unless_signed_by needs android_signers or ios_team_ids")
        return self


class Retraction(_Strict):
    at: AwareDatetime | None = None
    reason: LocalizedText | None = None


class PolicyDocument(_Strict):
    schema_id: Literal["app-audit/policy@1"] = Field(alias="schema")
    id: Slug
    version: Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._+-]+$")]
    title: NonEmpty
    issued_at: AwareDatetime
    enforce_from: AwareDatetime | None = None
    status: Literal["active", "retracted"] = "active"
    retraction: Retraction | None = None
    supersedes: str | None = None
    contact: Contact | None = None
    privacy: Privacy = Privacy()
    rules: list[Rule]

    @field_validator("version", "supersedes", mode="before")
    @classmethod
    def _version_is_text(cls, value: object) -> object:
        # YAML reads 2026.11 as a float: insist on quotes rather than silently changing it.
        if value is not None and not isinstance(value, str):
            raise ValueError(f'write the version in quotes, e.g. "{value}"')
        return value

    @field_validator("rules")
    @classmethod
    def _active_needs_rules(cls, rules: list[Rule]) -> list[Rule]:
        if not rules:
            raise ValueError("a policy needs at least one rule")
        return rules


def duplicate_rule_ids(document: PolicyDocument) -> list[tuple[int, str]]:
    """(index, id) of every rule whose id was already used by an earlier rule."""
    seen: set[str] = set()
    duplicates = []
    for index, rule in enumerate(document.rules):
        if rule.id in seen:
            duplicates.append((index, rule.id))
        seen.add(rule.id)
    return duplicates

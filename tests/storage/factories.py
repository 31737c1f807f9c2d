"""Builders for audit reports and inventories used by the storage tests and the bench."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.core.models import (
    AppState,
    AuditReport,
    Device,
    Finding,
    FindingState,
    InstalledApp,
    Inventory,
    Platform,
    PolicyRef,
    ProfileRead,
    RuleAction,
    Verdict,
)

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
POLICY = PolicyRef("acme-mobile-mail", "2026.11.28-1", "ab" * 32, signed=True, signer="ed25519:0011")


class TickingClock:
    """Returns START, START+1s, ... so recorded times are distinct and predictable."""

    def __init__(self, start: datetime = START, step: timedelta = timedelta(seconds=1)) -> None:
        self.current = start
        self.step = step

    def __call__(self) -> datetime:
        now = self.current
        self.current += self.step
        return now


def device(serial: str = "R5CT1234", platform: Platform = Platform.ANDROID) -> Device:
    return Device(platform, serial, model="Pixel 8", os_version="14", name="Front desk phone")


def inventory(n_apps: int = 3, users: tuple[int, ...] = (0,)) -> Inventory:
    apps = tuple(
        InstalledApp(
            f"com.example.app{i}",
            Platform.ANDROID,
            label=f"App {i}",
            version_code=str(i),
            user=users[i % len(users)],
            signer_digests=("aa" * 32,),
        )
        for i in range(n_apps)
    )
    return Inventory(apps=apps, profiles=tuple(ProfileRead(u) for u in users))


def tiktok_finding(user: int = 0) -> Finding:
    return Finding(
        rule_id="tiktok",
        rule_title="TikTok",
        action=RuleAction.REMOVE,
        app_id="com.zhiliaoapp.musically",
        label="TikTok",
        platform=Platform.ANDROID,
        user=user,
        state=FindingState.BLOCKING,
        app_state=AppState.ENABLED,
        reason={"en": "Banned on phones that read corporate mail.", "fr": "Interdite."},
    )


def report(
    *,
    serial: str = "R5CT1234",
    verdict: Verdict = Verdict.NONCOMPLIANT,
    findings: tuple[Finding, ...] | None = None,
    apps_scanned: int = 3,
    evaluated_at: datetime = START,
    inventory_sha256: str = "cd" * 32,
    notes: tuple[str, ...] = (),
) -> AuditReport:
    if findings is None:
        findings = () if verdict is Verdict.COMPLIANT else (tiktok_finding(0), tiktok_finding(10))
    return AuditReport(
        device=device(serial),
        policy=POLICY,
        verdict=verdict,
        findings=findings,
        apps_scanned=apps_scanned,
        evaluated_at=evaluated_at,
        notes=notes,
        inventory_sha256=inventory_sha256,
    )

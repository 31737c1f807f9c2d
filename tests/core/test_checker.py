"""Verdicts for every rule kind, deadlines, retraction and unreadable profiles."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.checker import evaluate
from desktop_app.core.models import AppState, FindingState, Verdict
from tests.core.builders import IPHONE, PIXEL, android_app, inventory, ios_app, policy_from
from tests.core.policy_texts import BASE

BEFORE = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
AFTER = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
OUTLOOK = android_app("com.microsoft.office.outlook")


@pytest.fixture
def policy(tmp_path: Path):  # type: ignore[no-untyped-def]
    return policy_from(BASE, tmp_path)


def test_clean_phone_with_required_app_is_compliant(policy) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(PIXEL, inventory(OUTLOOK, android_app("com.whatsapp")), policy, AFTER)
    assert report.verdict is Verdict.COMPLIANT
    assert report.findings == ()
    assert report.apps_scanned == 2


def test_banned_app_before_deadline_is_action_required(policy) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(PIXEL, inventory(OUTLOOK, android_app("com.zhiliaoapp.musically")), policy, BEFORE)
    assert report.verdict is Verdict.ACTION_REQUIRED
    assert [f.state for f in report.findings] == [FindingState.ACTION_NEEDED]
    assert report.deadline == datetime(2026, 12, 1, tzinfo=UTC)


def test_banned_app_after_deadline_is_noncompliant(policy) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(PIXEL, inventory(OUTLOOK, android_app("com.zhiliaoapp.musically")), policy, AFTER)
    assert report.verdict is Verdict.NONCOMPLIANT
    assert report.verdict.exit_code == 1


def test_banned_app_in_work_profile_counts(policy) -> None:  # type: ignore[no-untyped-def]
    apps = inventory(OUTLOOK, android_app("com.zhiliaoapp.musically", user=10), users=(0, 10))
    report = evaluate(PIXEL, apps, policy, AFTER)
    assert report.verdict is Verdict.NONCOMPLIANT
    assert report.findings[0].user == 10


def test_glob_on_ids(policy) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(PIXEL, inventory(OUTLOOK, android_app("com.ss.android.ugc.trill")), policy, AFTER)
    assert report.findings[0].rule_id == "tiktok"


def test_signer_digest_matches_a_renamed_package(policy) -> None:  # type: ignore[no-untyped-def]
    repackaged = android_app("com.example.renamed", signers=("ab" * 32,))
    report = evaluate(PIXEL, inventory(OUTLOOK, repackaged), policy, AFTER)
    assert report.verdict is Verdict.NONCOMPLIANT


def test_team_id_matches_on_iphone(policy) -> None:  # type: ignore[no-untyped-def]
    outlook = ios_app("com.microsoft.Office.Outlook")
    report = evaluate(
        IPHONE, inventory(outlook, ios_app("com.example.other", team="ABCDE12345")), policy, AFTER
    )
    assert report.verdict is Verdict.NONCOMPLIANT


def test_platforms_do_not_cross(policy) -> None:  # type: ignore[no-untyped-def]
    # The Android glob must not match an iPhone bundle id.
    outlook = ios_app("com.microsoft.Office.Outlook")
    report = evaluate(IPHONE, inventory(outlook, ios_app("com.ss.android.ugc.trill")), policy, AFTER)
    assert report.verdict is Verdict.COMPLIANT


def test_offloaded_ios_app_still_counts(policy) -> None:  # type: ignore[no-untyped-def]
    outlook = ios_app("com.microsoft.Office.Outlook")
    offloaded = ios_app("com.zhiliaoapp.musically", state=AppState.OFFLOADED)
    report = evaluate(IPHONE, inventory(outlook, offloaded), policy, AFTER)
    assert report.verdict is Verdict.NONCOMPLIANT
    assert report.findings[0].app_state is AppState.OFFLOADED


def test_uninstalled_with_data_does_not_count(policy) -> None:  # type: ignore[no-untyped-def]
    gone = android_app("com.zhiliaoapp.musically", state=AppState.UNINSTALLED_WITH_DATA)
    report = evaluate(PIXEL, inventory(OUTLOOK, gone), policy, AFTER)
    assert report.verdict is Verdict.COMPLIANT


def test_disabled_banned_app_still_counts(policy) -> None:  # type: ignore[no-untyped-def]
    disabled = android_app("com.zhiliaoapp.musically", state=AppState.DISABLED)
    assert evaluate(PIXEL, inventory(OUTLOOK, disabled), policy, AFTER).verdict is Verdict.NONCOMPLIANT


def test_missing_required_app(policy) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(PIXEL, inventory(android_app("com.whatsapp")), policy, AFTER)
    assert report.verdict is Verdict.NONCOMPLIANT
    assert report.findings[0].state is FindingState.MISSING
    assert report.findings[0].app_id == "com.microsoft.office.outlook"


def test_lookalike_name_is_review_and_never_blocks(policy) -> None:  # type: ignore[no-untyped-def]
    lookalike = android_app("com.fake.tok", label="TikTok Pro Downloader")
    report = evaluate(PIXEL, inventory(OUTLOOK, lookalike), policy, AFTER)
    assert report.verdict is Verdict.COMPLIANT
    assert [f.state for f in report.findings] == [FindingState.REVIEW]


def test_banned_app_is_not_also_reported_as_lookalike(policy) -> None:  # type: ignore[no-untyped-def]
    tiktok = android_app("com.zhiliaoapp.musically", label="TikTok")
    report = evaluate(PIXEL, inventory(OUTLOOK, tiktok), policy, AFTER)
    assert [f.rule_id for f in report.findings] == ["tiktok"]


def test_unreadable_profile_is_inconclusive_never_compliant(policy) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(PIXEL, inventory(OUTLOOK, users=(0,), unreadable=(11,)), policy, AFTER)
    assert report.verdict is Verdict.INCONCLUSIVE
    assert report.verdict.exit_code == 4
    assert any("user 11" in note for note in report.notes)


def test_incomplete_inventory_is_inconclusive(policy) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(PIXEL, inventory(OUTLOOK, complete=False), policy, AFTER)
    assert report.verdict is Verdict.INCONCLUSIVE


def test_banned_app_beats_unreadable_profile(policy) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(
        PIXEL, inventory(OUTLOOK, android_app("com.zhiliaoapp.musically"), unreadable=(11,)), policy, AFTER
    )
    assert report.verdict is Verdict.NONCOMPLIANT


def test_retracted_policy_blocks_nothing(tmp_path: Path) -> None:
    retracted = policy_from(BASE.replace("status: active", "status: retracted"), tmp_path)
    report = evaluate(PIXEL, inventory(android_app("com.zhiliaoapp.musically")), retracted, AFTER)
    assert report.verdict is Verdict.COMPLIANT
    assert report.policy.retracted
    assert {f.state for f in report.findings} == {FindingState.RETRACTED}
    assert any("retracted" in note for note in report.notes)


def test_retracted_policy_with_unreadable_profile_is_still_inconclusive(tmp_path: Path) -> None:
    retracted = policy_from(BASE.replace("status: active", "status: retracted"), tmp_path)
    report = evaluate(PIXEL, inventory(OUTLOOK, unreadable=(10,)), retracted, AFTER)
    assert report.verdict is Verdict.INCONCLUSIVE


def test_rule_restricted_to_users(tmp_path: Path) -> None:
    text = BASE.replace("    reason: {en: Not allowed, fr: Interdit}\n", "    users: [10]\n", 1)
    policy = policy_from(text, tmp_path)
    personal = evaluate(
        PIXEL, inventory(OUTLOOK, android_app("com.zhiliaoapp.musically", user=0)), policy, AFTER
    )
    work = evaluate(
        PIXEL, inventory(OUTLOOK, android_app("com.zhiliaoapp.musically", user=10)), policy, AFTER
    )
    assert personal.verdict is Verdict.COMPLIANT
    assert work.verdict is Verdict.NONCOMPLIANT


def test_per_rule_deadline_overrides_policy_deadline(tmp_path: Path) -> None:
    text = BASE.replace(
        "    reason: {en: Not allowed, fr: Interdit}\n", "    enforce_from: 2027-01-01T00:00:00Z\n", 1
    )
    policy = policy_from(text, tmp_path)
    report = evaluate(PIXEL, inventory(OUTLOOK, android_app("com.zhiliaoapp.musically")), policy, AFTER)
    assert report.verdict is Verdict.ACTION_REQUIRED
    assert report.deadline == datetime(2027, 1, 1, tzinfo=UTC)


def test_inventory_hash_changes_with_the_inventory(policy) -> None:  # type: ignore[no-untyped-def]
    a = evaluate(PIXEL, inventory(OUTLOOK), policy, AFTER)
    b = evaluate(PIXEL, inventory(OUTLOOK, android_app("com.whatsapp")), policy, AFTER)
    assert a.inventory_sha256 != b.inventory_sha256
    assert a.inventory_sha256 == evaluate(PIXEL, inventory(OUTLOOK), policy, BEFORE).inventory_sha256


def test_an_unread_signer_makes_the_verdict_inconclusive_only_when_a_rule_needed_it(
    policy, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    unreadable = android_app("com.example.sideloaded", signers=(), signer_problem="Permission denied")
    report = evaluate(PIXEL, inventory(OUTLOOK, unreadable), policy, AFTER)
    assert report.verdict is Verdict.INCONCLUSIVE
    assert any("com.example.sideloaded" in note and "Permission denied" in note for note in report.notes)
    # The same phone under a policy without signer rules: nothing needed that signer.
    no_signers = policy_from(BASE.replace(f', signers: ["{"ab" * 32}"]', ""), tmp_path)
    assert evaluate(PIXEL, inventory(OUTLOOK, unreadable), no_signers, AFTER).verdict is Verdict.COMPLIANT
    # A banned app elsewhere decides the verdict whatever the unread signer.
    banned = android_app("com.zhiliaoapp.musically")
    assert (
        evaluate(PIXEL, inventory(OUTLOOK, unreadable, banned), policy, AFTER).verdict is Verdict.NONCOMPLIANT
    )


LOOKALIKES = """\
schema: app-audit/policy@1
id: lookalikes
version: "1"
title: TikTok and its look-alikes
issued_at: 2026-11-28T09:00:00Z
rules:
  - id: tiktok-publisher
    title: Anything TikTok's publisher signed
    action: remove
    android: {{signers: ["{tiktok}"]}}
    ios: {{team_ids: [TIKTOK1234]}}
  - id: tiktok-lookalikes
    title: Named like TikTok, not TikTok's
    action: review
    android: {{packages: ["*tiktok*", "*musically*"]}}
    name_patterns: ["TikTok*"]
    unless_signed_by: {{android_signers: ["{tiktok}"], ios_team_ids: [TIKTOK1234]}}
""".format(tiktok="7a" * 32)


def test_lookalikes_catch_a_clone_and_a_repackage_on_both_platforms(tmp_path: Path) -> None:
    policy = policy_from(LOOKALIKES, tmp_path)
    tiktok = ("7a" * 32,)
    android = inventory(
        android_app("com.zhiliaoapp.musically", signers=tiktok),  # the real one: banned by signer
        android_app("com.example.renamed", signers=tiktok),  # repackaged under another id
        android_app("com.clone.tiktok.pro"),  # a clone: another publisher, a look-alike id
        android_app("com.example.notes"),
    )
    report = evaluate(PIXEL, android, policy, AFTER)
    found = {(f.app_id, f.rule_id, f.state) for f in report.findings}
    assert found == {
        ("com.zhiliaoapp.musically", "tiktok-publisher", FindingState.BLOCKING),
        ("com.example.renamed", "tiktok-publisher", FindingState.BLOCKING),
        ("com.clone.tiktok.pro", "tiktok-lookalikes", FindingState.REVIEW),
    }
    iphone = inventory(
        ios_app("com.zhiliaoapp.musically", label="TikTok", team="TIKTOK1234"),
        ios_app("com.clone.video", label="TikTok Pro", team="CLONE12345"),
        ios_app("com.example.notes", label="Notes", team="NOTES12345"),
    )
    report = evaluate(IPHONE, iphone, policy, AFTER)
    found = {(f.app_id, f.rule_id, f.state) for f in report.findings}
    assert found == {
        ("com.zhiliaoapp.musically", "tiktok-publisher", FindingState.BLOCKING),
        ("com.clone.video", "tiktok-lookalikes", FindingState.REVIEW),
    }


def test_a_lookalike_with_an_unread_signer_is_kept_for_review(tmp_path: Path) -> None:
    policy = policy_from(LOOKALIKES, tmp_path)
    unread = android_app("com.zhiliaoapp.musically", signers=(), signer_problem="Permission denied")
    report = evaluate(PIXEL, inventory(unread), policy, AFTER)
    assert [(f.rule_id, f.state) for f in report.findings] == [("tiktok-lookalikes", FindingState.REVIEW)]
    assert report.verdict is Verdict.INCONCLUSIVE

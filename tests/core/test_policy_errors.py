"""Every malformed policy names file, line and problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.errors import PolicyError
from desktop_app.core.policy import PolicyValidationError, load_policy
from tests.core.policy_texts import BASE


def _mutate(old: str, new: str) -> str:
    assert old in BASE, old
    return BASE.replace(old, new, 1)


# (policy text, expected line, fragment expected in the message)
CASES = [
    (
        _mutate("    action: remove\n", "    action: delete\n"),
        11,
        "rules[0].action: 'delete' is not one of remove, require, review",
    ),
    (_mutate("schema: app-audit/policy@1\n", "schema: app-audit/policy@2\n"), 1, "schema"),
    (_mutate('version: "2026.11.28-1"\n', "version: 2026.11\n"), 3, "write the version in quotes"),
    (_mutate("issued_at: 2026-11-28T09:00:00Z\n", "issued_at: yesterday\n"), 5, "issued_at"),
    (
        _mutate("enforce_from: 2026-12-01T00:00:00Z\n", "enforce_from: 2026-12-01T00:00:00\n"),
        6,
        "needs a time zone",
    ),
    (_mutate("status: active\n", "status: paused\n"), 7, "status"),
    (_mutate("title: Banned apps\n", "titel: Banned apps\n"), 4, "unknown field"),
    (_mutate("  - id: tiktok\n", "  - id: TikTok Rule\n"), 9, "rules[0].id"),
    (
        _mutate(
            "    android: {packages: [com.zhiliaoapp.musically,",
            "    android: {packages: [com.zhiliaoapp.mus;ically,",
        ),
        12,
        "is not an app id",
    ),
    (_mutate('signers: ["' + "ab" * 32 + '"]', 'signers: ["abc"]'), 12, "SHA-256"),
    (
        _mutate('signers: ["' + "ab" * 32 + '"]}', 'name_patterns: ["TikTok*"]}'),
        12,
        "Android apps' names are not read",
    ),
    (
        _mutate("    reason: {en: Not allowed, fr: Interdit}\n", "    unless_signed_by: {}\n"),
        9,
        "unless_signed_by needs android_signers or ios_team_ids",
    ),
    (_mutate("team_ids: [ABCDE12345]", "team_ids: [abc]"), 13, "team id"),
    (
        _mutate("    reason: {en: Not allowed, fr: Interdit}\n", "    reason: {fr: Interdit}\n"),
        14,
        "rules[0].reason.en: required field is missing",
    ),
    (_mutate("  - id: mail\n", "  - id: tiktok\n"), 15, "used twice"),
    (_mutate('    name_patterns: ["TikTok*"]\n', ""), 20, "a rule needs"),
    (
        _mutate(
            "    android: {packages: [com.microsoft.office.outlook]}\n    ios: {bundles: [com.microsoft.Office.Outlook]}\n",
            "    name_patterns: [Outlook]\n",
        ),
        15,
        "must name the app",
    ),
    (_mutate("rules:\n", "rules:\n  oops: [\n"), 10, "syntax error"),
    (BASE.replace("    title: TikTok\n", "    title: TikTok\n\ttab: 1\n"), 11, "syntax error"),
    ("- just\n- a list\n", 1, "a policy is a mapping"),
    (_mutate("rules:\n", "privacy: {retention_days: 0}\nrules:\n"), 8, "privacy.retention_days"),
    (_mutate("id: acme-mobile-mail\n", ""), 1, "id: required field is missing"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), CASES)
def test_malformed_policy_names_file_line_and_problem(
    write_policy: Callable[[str], Path], text: str, line: int, fragment: str
) -> None:
    path = write_policy(text)
    with pytest.raises(PolicyValidationError) as caught:
        load_policy(path)
    messages = [str(p) for p in caught.value.problems]
    assert any(m.startswith(f"{path}:{line}: ") and fragment in m for m in messages), messages


def test_at_least_fifteen_distinct_mistakes_are_covered() -> None:
    assert len({fragment for _, _, fragment in CASES}) >= 15


def test_several_problems_are_all_reported(write_policy: Callable[[str], Path]) -> None:
    text = _mutate("    action: remove\n", "    action: delete\n").replace("status: active", "status: paused")
    with pytest.raises(PolicyValidationError) as caught:
        load_policy(write_policy(text))
    assert len(caught.value.problems) == 2


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(PolicyValidationError, match=r"p.yaml:1: not UTF-8"):
        load_policy(path)


def test_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="no such policy file"):
        load_policy(tmp_path / "absent.yaml")


def test_json_policy_is_accepted_and_points_at_lines(write_policy: Callable[[str, str], Path]) -> None:
    text = (
        '{\n "schema": "app-audit/policy@1",\n "id": "x",\n "version": "1",\n "title": "t",\n'
        ' "issued_at": "2026-11-28T09:00:00Z",\n "rules": [\n  {"id": "a", "title": "A", "action": "nuke",\n'
        '   "android": {"packages": ["com.a"]}}\n ]\n}\n'
    )
    with pytest.raises(PolicyValidationError) as caught:
        load_policy(write_policy(text, "p.json"))
    assert str(caught.value.problems[0]).startswith(f"{caught.value.problems[0].source}:8: rules[0].action")


def test_bundled_default_policy_is_valid() -> None:
    from tests.conftest import DEFAULT_POLICY

    policy = load_policy(DEFAULT_POLICY)
    ids = {p for r in policy.rules if r.android for p in r.android.packages}
    assert {
        "com.zhiliaoapp.musically",
        "com.ss.android.ugc.trill",
        "com.zhiliaoapp.musically.go",
        "com.ss.android.ugc.aweme",
    } <= ids

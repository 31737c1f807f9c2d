"""Property tests: the indexed matcher agrees with the naive loop over every rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.matching import NaiveMatcher, PolicyIndex
from desktop_app.core.models import InstalledApp, Platform
from desktop_app.core.policy_schema import Rule

segment = st.text(alphabet="abcxyz0", min_size=1, max_size=4)
app_ids = st.lists(segment, min_size=1, max_size=4).map(".".join)
globs = st.tuples(app_ids, st.sampled_from(["", "*", ".*", "?", "*x*"])).map(
    lambda t: t[0] + t[1]
) | st.sampled_from(["*", "*.a", "a*", "?b*"])
digests = st.sampled_from(["aa" * 32, "bb" * 32, "cc" * 32])
teams = st.sampled_from(["ABCDE12345", "ZZZZZ99999"])
labels = st.text(alphabet="TikTokabc *", max_size=10)


@st.composite
def rules(draw: st.DrawFn) -> Rule:
    index = draw(st.integers(0, 10_000))
    return Rule.model_validate(
        {
            "id": f"r{index}",
            "title": "rule",
            "action": draw(st.sampled_from(["remove", "review"])),
            "android": {
                "packages": draw(st.lists(globs, max_size=3)),
                "signers": draw(st.lists(digests, max_size=1)),
            },
            "ios": {
                "bundles": draw(st.lists(globs, max_size=3)),
                "team_ids": draw(st.lists(teams, max_size=1)),
            },
            "name_patterns": draw(
                st.lists(st.sampled_from(["TikTok*", "*tok*", "Tik?ok", "abc"]), min_size=1, max_size=2)
            ),
            "users": draw(st.none() | st.lists(st.integers(0, 11), min_size=1, max_size=2)),
            "unless_signed_by": draw(
                st.none()
                | st.fixed_dictionaries(
                    {
                        "android_signers": st.lists(digests, min_size=1, max_size=2),
                        "ios_team_ids": st.lists(teams, max_size=1),
                    }
                )
            ),
        }
    )


@st.composite
def apps(draw: st.DrawFn) -> InstalledApp:
    platform = draw(st.sampled_from(list(Platform)))
    return InstalledApp(
        app_id=draw(app_ids),
        platform=platform,
        label=draw(labels),
        user=draw(st.sampled_from([0, 10, 11])) if platform is Platform.ANDROID else None,
        signer_digests=tuple(draw(st.lists(digests, max_size=2))) if platform is Platform.ANDROID else (),
        team_id=draw(teams) if platform is Platform.IOS and draw(st.booleans()) else "",
    )


def _unique(rule_list: list[Rule]) -> list[Rule]:
    return list({r.id: r for r in rule_list}.values())


@settings(max_examples=300, deadline=None)
@given(st.lists(rules(), max_size=12).map(_unique), st.lists(apps(), max_size=8))
def test_index_agrees_with_naive_loop(rule_list: list[Rule], app_list: list[InstalledApp]) -> None:
    index = PolicyIndex(rule_list)
    naive = NaiveMatcher(rule_list)
    for app in app_list:
        fast = {(m.rule_index, m.kind) for m in index.match(app)}
        slow = {(m.rule_index, m.kind) for m in naive.match(app)}
        assert fast == slow, (app, rule_list)


@given(app_ids)
def test_exact_id_always_matches_itself(app_id: str) -> None:
    rule = Rule.model_validate(
        {"id": "r", "title": "t", "action": "remove", "android": {"packages": [app_id]}}
    )
    app = InstalledApp(app_id, Platform.ANDROID, user=0)
    assert [m.rule_index for m in PolicyIndex([rule]).match(app)] == [0]

"""Policy texts used by several core tests."""

BASE = """\
schema: app-audit/policy@1
id: acme-mobile-mail
version: "2026.11.28-1"
title: Banned apps
issued_at: 2026-11-28T09:00:00Z
enforce_from: 2026-12-01T00:00:00Z
status: active
rules:
  - id: tiktok
    title: TikTok
    action: remove
    android: {packages: [com.zhiliaoapp.musically, "com.ss.android.ugc.*"], signers: ["%s"]}
    ios: {bundles: [com.zhiliaoapp.musically], team_ids: [ABCDE12345]}
    reason: {en: Not allowed, fr: Interdit}
  - id: mail
    title: Outlook
    action: require
    android: {packages: [com.microsoft.office.outlook]}
    ios: {bundles: [com.microsoft.Office.Outlook]}
  - id: lookalikes
    title: Looks like TikTok
    action: review
    name_patterns: ["TikTok*"]
""" % ("ab" * 32)

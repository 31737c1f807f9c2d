"""Dates and times for the person, in their language and always with the time zone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone


def zoned(value: datetime, language: str) -> str:
    """ "Saturday 29 November 2026, 08:59 CET (UTC+01:00)" / "samedi 29 novembre 2026, 08:59 CET (UTC+01:00)"."""
    local = value.astimezone()
    locale = QLocale(language)
    moment = QDateTime.fromSecsSinceEpoch(int(local.timestamp()), QTimeZone.systemTimeZone())
    day = locale.toString(moment.date(), "dddd d MMMM yyyy")
    clock = locale.toString(moment.time(), "HH:mm")
    offset = local.strftime("%z") or "+0000"
    utc = f"UTC{offset[:3]}:{offset[3:]}"
    name = local.tzname() or ""
    if offset in ("+0000", "-0000"):
        zone = "UTC"
    elif not name or name[0] in "+-" or name.startswith("UTC"):
        zone = utc
    else:
        zone = f"{name} ({utc})"
    return f"{day}, {clock} {zone}"

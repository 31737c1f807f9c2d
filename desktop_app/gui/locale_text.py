"""Dates, times and numbers as the window's language writes them, always with the time zone.

One format per language: "Dec 7, 2026, 7:58 AM UTC+1" in English, "7 déc. 2026 07:58 UTC+1" in
French. The zone is the UTC offset ("UTC" itself when there is none): unambiguous, and the same
words in every language (abbreviations such as CET are English and not unique)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

_DATE_TIME = {
    QLocale.Language.English: "MMM d, yyyy, h:mm AP",
    QLocale.Language.French: "d MMM yyyy HH:mm",
}
_TIME = {QLocale.Language.English: "h:mm AP", QLocale.Language.French: "HH:mm"}
_DATE = {QLocale.Language.English: "MMM d, yyyy", QLocale.Language.French: "d MMM yyyy"}
_WEEKDAY = {QLocale.Language.English: "dddd, ", QLocale.Language.French: "dddd "}


def zone_text(local: datetime) -> str:
    """ "UTC", "UTC+1", "UTC-3:30" for an aware local time."""
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _moment(local: datetime) -> QDateTime:
    # The wall-clock fields as they are: no second conversion by Qt's idea of the zone.
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc()
    )


def _format(formats: dict[QLocale.Language, str], locale: QLocale, fallback: str) -> str:
    return formats.get(locale.language(), fallback)


def zoned_time(value: datetime, locale: QLocale | None = None, *, weekday: bool = False) -> str:
    """Date and time in this computer's zone, in the window's language, with the zone; weekday
    for a deadline a person plans around ("Saturday, Nov 28, 2026, …")."""
    locale = locale or QLocale()
    local = value.astimezone()
    pattern = _format(_DATE_TIME, locale, "yyyy-MM-dd HH:mm")
    if weekday:
        pattern = _format(_WEEKDAY, locale, "dddd ") + pattern
    return f"{locale.toString(_moment(local), pattern)} {zone_text(local)}"



def zoned_clock(value: datetime, locale: QLocale | None = None) -> str:
    """The time of day alone, with the zone ("7:58 AM UTC+1", "07:58 UTC+1")."""
    locale = locale or QLocale()
    local = value.astimezone()
    return f"{locale.toString(_moment(local).time(), _format(_TIME, locale, 'HH:mm'))} {zone_text(local)}"


def date_format(locale: QLocale | None = None) -> str:
    """The display format of a date field ("Dec 7, 2026" / "7 déc. 2026")."""
    locale = locale or QLocale()
    return _format(_DATE, locale, "yyyy-MM-dd")


def number(value: int) -> str:
    """1,234 / 1 234 (narrow no-break space in French)."""
    return QLocale().toString(value)

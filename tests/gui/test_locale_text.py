"""Dates, times and numbers in the window's language, always with the time zone; error hints translated."""

from __future__ import annotations

import inspect
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

import desktop_app.core.errors as core_errors
from desktop_app.core.errors import DeviceLockedError, DeviceUntrustedError
from desktop_app.gui.error_words import DEFAULT_HINTS, hint_of
from desktop_app.gui.i18n import app_translations
from desktop_app.gui.locale_text import date_format, number, zoned_clock, zoned_time

MOMENT = datetime(2026, 12, 7, 6, 58, tzinfo=UTC)
NNBSP = "\u202f"


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_each_language_has_one_clear_format_with_the_zone(paris: None) -> None:
    assert zoned_time(MOMENT, QLocale("en")) == "Dec 7, 2026, 7:58 AM UTC+1"
    assert zoned_time(MOMENT, QLocale("fr")) == "7 déc. 2026 07:58 UTC+1"
    assert zoned_time(MOMENT, QLocale("fr"), weekday=True) == "lundi 7 déc. 2026 07:58 UTC+1"
    assert zoned_clock(MOMENT, QLocale("fr")) == "07:58 UTC+1"
    assert zoned_clock(MOMENT, QLocale("en")) == "7:58 AM UTC+1"
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert zoned_time(summer, QLocale("fr")) == "1 juil. 2026 14:00 UTC+2"


def test_utc_and_half_hour_zones_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
        assert zoned_time(MOMENT, QLocale("en")) == "Dec 7, 2026, 6:58 AM UTC"
        monkeypatch.setenv("TZ", "Asia/Kolkata")
        time.tzset()
        assert zoned_time(MOMENT, QLocale("fr")) == "7 déc. 2026 12:28 UTC+5:30"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_window_language_sets_dates_and_numbers(qapp: object) -> None:
    translations = app_translations()
    try:
        assert translations.switch("fr")
        assert number(12345) == f"12{NNBSP}345"
        assert date_format() == "d MMM yyyy"
        assert zoned_time(MOMENT).split(" ")[1] == "déc."
        assert translations.switch("en")
        assert number(12345) == "12,345"
        assert zoned_time(MOMENT).startswith("Dec 7, 2026")
    finally:
        translations.switch("en")


def test_default_hints_are_core_s_words_and_translated(qapp: object) -> None:
    """gui/error_words.py writes core's default hints out for lupdate: they must stay the same words."""
    defaults = {
        cls.code: cls.default_hint
        for _name, cls in inspect.getmembers(core_errors, inspect.isclass)
        if issubclass(cls, core_errors.AppAuditError) and cls.__dict__.get("default_hint")
    }
    assert defaults == DEFAULT_HINTS
    translations = app_translations()
    try:
        assert translations.switch("fr")
        assert hint_of(DeviceLockedError("locked")).startswith("Déverrouillez le téléphone avec son code")
        assert "«\u00a0Se fier\u00a0»" in hint_of(DeviceUntrustedError("untrusted"))
        own = DeviceLockedError("locked", hint="A hint written for this case")
        assert hint_of(own) == "A hint written for this case"  # not a default one: as core wrote it
    finally:
        translations.switch("en")
    assert hint_of(DeviceLockedError("locked")) == DeviceLockedError.default_hint

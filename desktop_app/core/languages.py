"""Which language the window speaks: the one asked for, else the configured one, else the system's."""

from __future__ import annotations

SUPPORTED_LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}  # each in its own language, as people look for it


def language_of_locale(locale_name: str) -> str | None:
    """The supported language of a locale name ("fr_CA", "fr-FR", "en_US.UTF-8"), or None."""
    code = locale_name.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    return code if code in SUPPORTED_LANGUAGES else None


def resolve_language(explicit: str | None, configured: str | None, system_locale: str) -> str:
    """--language, else the config's `language`, else the system locale, else English."""
    for candidate in (explicit, configured, system_locale):
        if candidate:
            language = language_of_locale(candidate)
            if language is not None:
                return language
    return DEFAULT_LANGUAGE

"""The window's language: Qt translators for App Audit's strings and Qt's own, switchable live.

Installing a translator makes Qt send every widget a LanguageChange event; widgets that
set their texts in a retranslate() method called from changeEvent follow the switch at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from desktop_app.core.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, resolve_language
from desktop_app.resources import resources_dir

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def qm_path(language: str) -> Path:
    """The compiled translations of one language (built from the .ts by build_scripts/translations.py)."""
    return translations_dir() / f"app_audit_{language}.qm"


def system_locale_name() -> str:
    return QLocale.system().name()


def startup_language(explicit: str | None, configured: str | None) -> str:
    return resolve_language(explicit, configured, system_locale_name())


class Translations(QObject):
    """Owns the installed translators; switch() changes the language of every open window."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = ""
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> bool:
        """Use language from now on; False when its translations cannot be loaded (English texts show)."""
        if language not in SUPPORTED_LANGUAGES:
            language = DEFAULT_LANGUAGE
        if language == self.language:
            return True
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the translations need a running QApplication")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        ours = QTranslator(self)
        loaded = ours.load(str(qm_path(language)))
        if not loaded:
            log.warning("no translations at %s: run build_scripts/translations.py", qm_path(language))
        if loaded:
            # Qt's own words (standard buttons, context menus) come from the Qt package.
            qt = QTranslator(self)
            if qt.load(
                QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                app.installTranslator(qt)
                self._installed.append(qt)
            app.installTranslator(ours)
            self._installed.append(ours)
        self.language = language
        QLocale.setDefault(QLocale(language))
        self.language_changed.emit(language)
        return loaded or language == DEFAULT_LANGUAGE


_shared: list[Translations] = []


def app_translations() -> Translations:
    """The application's one Translations: two would stack their translators and mix languages."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the translations need a running QApplication")
    if not _shared or _shared[0].parent() is not app:
        _shared[:] = [Translations(app)]
    return _shared[0]

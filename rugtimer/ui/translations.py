"""Load the Dutch translation of RugTimer's own texts and of Qt's dialogs (English is the source language)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def translations_folder():
    return resources.files("rugtimer") / "resources" / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; returns them (keep them alive as long as the app)."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    qm = translations_folder() / f"rugtimer_{language}.qm"
    if qm.is_file() and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def locale_for(language: str) -> QLocale:
    """Dates in the app's language (day and month names), whatever the system locale is."""
    return QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)

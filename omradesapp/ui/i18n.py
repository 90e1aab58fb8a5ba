"""Swedish by default: Qt's own translations, ours, and Swedish dates and numbers."""

from __future__ import annotations

import os
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def language() -> str:
    """`sv` unless OMRADESAPP_LANG says otherwise (e.g. `en` for the English source strings)."""
    return os.environ.get("OMRADESAPP_LANG", "sv").strip().lower() or "sv"


def our_qm() -> str:
    return str(resources.files("omradesapp.resources").joinpath("i18n/sv.qm"))


def use_swedish_locale() -> None:
    """Dates, numbers and month names the Swedish way ("1 362", "24,3", "oktober 2026")."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


def install(app: QCoreApplication) -> list[QTranslator]:
    """Load the translators (kept alive by the caller) and set the default locale."""
    if language() != "sv":
        return []
    use_swedish_locale()
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_sv", qt_dir), (our_qm(), "")):
        translator = QTranslator(app)
        if translator.load(name, folder) if folder else translator.load(name):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded

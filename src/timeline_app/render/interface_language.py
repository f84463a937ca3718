"""The interface language: Qt's translators, the default ``QLocale`` and the core's words.

The window and ``export --lang`` install a language here. It loads the app's own
translation (``resources/translations/timeline_app_LANG.qm``; English has one for its
plural forms only) and Qt's (``qt_LANG.qm``, so that the standard dialogs match),
makes ``QLocale(LANG)`` the default, and hands the Qt-free core
(``timeline_app.wording``) Qt's ``translate`` and that locale's month names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from timeline_app.package_data import resource_path
from timeline_app.wording import Wording, use_wording

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
"""The interface languages, each named in itself (as a language menu lists them)."""
SYSTEM = "system"
"""The setting that follows the system's locale."""

_installed: list[QTranslator] = []


def parse_language(text: str) -> str:
    """The interface language a user means by ``text``: 'zh', 'zh-CN', 'zh_Hans' and
    'zh-SG' mean 'zh_CN'; 'en', 'en_GB' and 'C' mean 'en'; 'system' follows the locale.
    Anything else is a ``ValueError`` that lists the choices."""
    tag = text.strip().replace("-", "_").lower()
    if tag == SYSTEM:
        return system_language()
    if tag in ("c", "posix") or tag == "en" or tag.startswith("en_"):
        return "en"
    if tag.split("_")[0] == "zh" and not _traditional(tag):
        return "zh_CN"
    choices = ", ".join((*LANGUAGES, SYSTEM))
    raise ValueError(f"unknown language {text!r}: choose one of {choices}")


def system_language() -> str:
    """The interface language of the system's locale; English where there is no
    translation for it."""
    name = QLocale.system().name().lower()  # 'zh_cn', 'en_us', 'c'
    script = QLocale.system().script()
    if name.startswith("zh") and script is not QLocale.Script.TraditionalHanScript \
            and not _traditional(name):
        return "zh_CN"
    return "en"


def _traditional(tag: str) -> bool:
    return any(part in ("hant", "tw", "hk", "mo") for part in tag.split("_")[1:])


def install_language(language: str) -> None:
    """Show the app, Qt's dialogs and the core's words in ``language`` (a key of
    ``LANGUAGES``) from now on; the QCoreApplication must exist."""
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs the application"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(resource_path(f"translations/timeline_app_{language}.qm"))):
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qt_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    locale = QLocale(language)
    QLocale.setDefault(locale)
    long_form, short_form = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    use_wording(Wording(
        language=language,
        translate=QCoreApplication.translate,
        months=("", *(locale.standaloneMonthName(m, long_form) for m in range(1, 13))),
        month_abbreviations=("", *(locale.standaloneMonthName(m, short_form)
                                   for m in range(1, 13)))))


def installed_translations() -> int:
    """How many translation files the current language loaded (for tests and the log)."""
    return len(_installed)

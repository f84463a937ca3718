"""The interface language: Qt's translators, the default ``QLocale`` and the core's words.

The window and ``export --lang`` install a language here. It loads the app's own
translation (``resources/translations/timeline_app_LANG.qm``; English has one for its
plural forms only) and Qt's (``qt_LANG.qm``, or ``qtbase_LANG.qm`` where that cannot
load), so that the standard dialogs match; it makes ``QLocale(LANG)`` the default, and
hands the Qt-free core (``timeline_app.wording``) Qt's ``translate`` and that locale's
month names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from timeline_app.identity import ORGANIZATION
from timeline_app.package_data import resource_path
from timeline_app.wording import Wording, use_wording

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
"""The interface languages, each named in itself (as a language menu lists them)."""
SYSTEM = "system"
"""The setting that follows the system's locale."""

LANGUAGE_KEY = "view/language"
"""Where the window remembers the language chosen in View → Language."""

_installed: list[QTranslator] = []


def remembered_choice() -> str:
    """The language chosen in View → Language: a key of ``LANGUAGES``, or ``SYSTEM``."""
    value = str(_settings().value(LANGUAGE_KEY, SYSTEM))
    return value if value in LANGUAGES else SYSTEM


def remember_choice(choice: str) -> None:
    settings = _settings()
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()


def chosen_language(requested: str | None = None) -> str:
    """The language to show: ``requested`` (``--lang``; a ``ValueError`` when unknown),
    else the one chosen in the window, else the system's."""
    return parse_language(requested if requested is not None else remembered_choice())


def _settings() -> QSettings:
    """The window's settings, whether or not the application has been named yet (the
    export command never names it)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION,
                     ORGANIZATION)


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
        # qt_LANG gathers the catalogues of every Qt module and will not load when one of
        # them is not installed (PySide6-Essentials leaves some out): then qtbase_LANG,
        # which holds the standard dialogs' words, is loaded alone
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qt_{language}", folder) or qt.load(f"qtbase_{language}", folder):
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

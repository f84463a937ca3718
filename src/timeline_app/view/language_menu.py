"""View → Language: follow the system's locale, or one of the interface's languages.

The choice is remembered at once (``render.interface_language``); ``on_chosen`` is then
handed the language to show, and the app rebuilds its window in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from timeline_app.render.interface_language import (
    LANGUAGES,
    SYSTEM,
    chosen_language,
    remember_choice,
    remembered_choice,
)


class LanguageMenu(QMenu):
    def __init__(self, on_chosen: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
        self.setObjectName("languageMenu")
        self._on_chosen = on_chosen
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions_by_choice: dict[str, QAction] = {}
        system = QCoreApplication.translate("LanguageMenu", "&System Language")
        # each language is named in itself, as readers of it look for it
        for choice, text in ((SYSTEM, system), *LANGUAGES.items()):
            action = QAction(text, self._group)
            action.setCheckable(True)
            action.setStatusTip(QCoreApplication.translate(
                "LanguageMenu", "Show the menus, dialogs, dates and exports in this language"))
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            self.addAction(action)
            self.actions_by_choice[choice] = action
        self.actions_by_choice[remembered_choice()].setChecked(True)

    def choose(self, choice: str) -> None:
        """Remember ``choice`` (a key of ``LANGUAGES``, or ``SYSTEM``) and show it."""
        self.actions_by_choice[choice].setChecked(True)
        remember_choice(choice)
        self._on_chosen(chosen_language(choice))

"""F1: the Swedish help, beside the desk; its shortcut list is read from the menus' actions."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from omradesapp.ui.help_text import FIELD_KEYS_SV, JOBS_SV
from omradesapp.ui.lazy_menu import LazyMenu


def plain(text: str) -> str:
    """A menu text as it reads in a sentence: no '&' marker, no trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(what, keys) of every action with a shortcut, keys as the user's keyboard says them."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((plain(action.text()), ", ".join(keys)))
    return rows


def shortcuts_html(title: str, menus: Sequence[LazyMenu]) -> str:
    parts = [f"<h2>{escape(title)}</h2>"]
    for menu in menus:
        rows = shortcut_rows(menu.actions())
        if not rows:
            continue
        parts.append(f"<h3>{escape(plain(menu.menu.title()))}</h3>")
        parts.append('<table cellspacing="0" cellpadding="3">')
        parts.extend(
            f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for what, keys in rows
        )
        parts.append("</table>")
    return "\n".join(parts)


class HelpDialog(QDialog):
    """Not modal: the help can stay open while the form is filled in."""

    def __init__(self, menus: Sequence[LazyMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Help"))
        self.browser.setHtml(JOBS_SV + shortcuts_html(self.tr("Shortcuts"), menus) + FIELD_KEYS_SV)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("x") * 90
        self.resize(width, width)

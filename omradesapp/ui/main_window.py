"""The main window: assembles the pages, the menus and the status bar; holds no logic."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from omradesapp.domain import codes
from omradesapp.ui import ops
from omradesapp.ui.desk import Desk
from omradesapp.ui.lazy_menu import LazyMenu
from omradesapp.ui.lazy_page import LazyPage
from omradesapp.ui.log_page import LogPage
from omradesapp.ui.window_keys import WindowShortcuts

if TYPE_CHECKING:
    from omradesapp.ui.admin_view import AdminView
    from omradesapp.ui.audit_view import AuditView
    from omradesapp.ui.entries_view import EntriesView
    from omradesapp.ui.help_dialog import HelpDialog

STATUS_MS = 8000


class MainWindow(QMainWindow):
    """Logging first. Another page is one `add_page(title, widget, shortcut)` call."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Områdesappen"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.log_page = LogPage(desk)
        self._menus()
        self.add_page(self.tr("Log"), self.log_page, "Alt+1")
        # The other pages are built when first shown: start-up builds only the desk.
        self._entries = self.add_lazy_page(self.tr("All entries"), self._build_entries, "Alt+2")
        self._reports = self.add_lazy_page(self.tr("Reports"), self._build_reports, "Alt+3")
        self._audit = self.add_lazy_page(
            self.tr("Audit log"), self._build_audit, "Alt+4", refresh=lambda view: view.reload()
        )
        desk.entries_changed.connect(self._audit.changed)
        self._admin = self.add_lazy_page(self.tr("Administration"), self._build_admin, "Alt+5")
        self._engagements = self.add_lazy_page(
            self.tr("Family engagements"),
            self._build_engagements,
            "Alt+6",
            refresh=lambda view: view.refresh(),  # type: ignore[attr-defined]
        )
        desk.entries_changed.connect(self._engagements.changed)  # hours of linked entries
        self.add_dialog(self.tr("&Import…"), self._import, "Ctrl+I")
        self.add_dialog(self.tr("&Export package…"), self._export, "Ctrl+E")
        self.add_dialog(self.tr("&Close or reopen a month…"), self._month, "Ctrl+M")
        self._help: HelpDialog | None = None
        self.help_action = self._action(
            self.help_menu, self.tr("&Help"), QKeySequence.StandardKey.HelpContents, self.show_help
        )
        self._keys = WindowShortcuts(self)
        desk.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        desk.org_changed.connect(self._show_who)
        self._show_who()
        self.resize(1200, 760)

    # -- pages ----------------------------------------------------------
    def add_page(self, title: str, widget: QWidget, shortcut: str | None = None) -> QAction:
        """Add a page as a tab and a "Go" menu item (with its keyboard shortcut)."""
        index = self.tabs.addTab(widget, title)
        action = QAction(title, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            self.tabs.setTabToolTip(
                index, QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            )
        action.triggered.connect(lambda: self.show_page(widget))
        self.go_menu.add(action)
        return action

    def add_lazy_page(
        self,
        title: str,
        build: Callable[[], QWidget],
        shortcut: str | None = None,
        refresh: Callable[[QWidget], None] | None = None,
    ) -> LazyPage:
        """Like add_page, but `build()` makes the widget only when the page is first shown.

        `refresh(widget)` runs after entries change, when the page is (or next is) shown.
        """
        page = LazyPage(build, refresh)
        self.add_page(title, page, shortcut)
        return page

    @property
    def entries(self) -> EntriesView:
        return self._entries.widget  # type: ignore[return-value]

    @property
    def admin(self) -> AdminView:
        return self._admin.widget  # type: ignore[return-value]

    @property
    def audit(self) -> AuditView:
        return self._audit.widget  # type: ignore[return-value]

    def current_page(self) -> QWidget:
        page = self.tabs.currentWidget()
        return page.widget if isinstance(page, LazyPage) else page

    def _build_entries(self) -> QWidget:
        from omradesapp.ui.entries_view import EntriesView

        view = EntriesView(self.desk)
        view.edit_requested.connect(self._edit_from_list)
        view.delete_requested.connect(self.log_page.delete)
        return view

    def _build_reports(self) -> QWidget:
        from omradesapp.ui.reports_view import ReportsView

        view = ReportsView(self.desk.store)
        self.desk.org_changed.connect(view.refresh)
        view.month_close_requested.connect(self._month)
        return view

    def _build_admin(self) -> QWidget:
        from omradesapp.ui.admin_view import AdminView

        return AdminView(self.desk)

    def _build_engagements(self) -> QWidget:
        from omradesapp.ui.engagements_view import EngagementsView

        return EngagementsView(self.desk)

    def _build_audit(self) -> QWidget:
        from omradesapp.ui.audit_view import AuditView

        return AuditView(self.desk.store)

    def add_dialog(self, title: str, open_dialog: Callable[[], object], shortcut: str) -> QAction:
        """Add a dialog to the File menu (above Quit) with its keyboard shortcut."""
        action = QAction(title, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(open_dialog)
        return self.file_menu.add_before_end(action)

    def _import(self) -> None:
        from omradesapp.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.desk.store, self.desk.actor, self)
        dialog.imported.connect(lambda changes: ops.announce(self.desk, changes))
        dialog.imported.connect(lambda _changes: self.desk.message.emit(dialog.outcome()))
        dialog.exec()

    def _export(self) -> None:
        from omradesapp.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.desk.store, self, self.desk.actor)
        dialog.exported.connect(
            lambda path: self.desk.message.emit(
                self.tr("Package written: {path}").format(path=path)
            )
        )
        dialog.exec()

    def _month(self) -> None:
        from omradesapp.ui.month_dialog import MonthDialog

        dialog = MonthDialog(self.desk.store, self.desk.actor, self)
        dialog.changed.connect(lambda _month: self.desk.entries_changed.emit())
        dialog.exec()

    def show_page(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
        widget.setFocus()
        if widget is self.log_page:
            self.log_page.form.first_field().setFocus()

    # -- menus ----------------------------------------------------------
    def _action(
        self,
        menu: LazyMenu,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return menu.add(action)

    def _menu(self, title: str) -> LazyMenu:
        return LazyMenu(self.menuBar().addMenu(title), self)

    def menus(self) -> list[LazyMenu]:
        """The menus in menu-bar order, each with every action it holds or will hold."""
        return [self.file_menu, self.edit_menu, self.log_menu, self.go_menu, self.help_menu]

    def _menus(self) -> None:
        self.file_menu = self._menu(self.tr("&File"))
        self.file_menu.add_separator()
        self.file_menu.mark_end()
        self.quit_action = self._action(
            self.file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close
        )
        self.edit_menu = edit = self._menu(self.tr("&Edit"))
        undo = self.desk.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.desk.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.add(undo)
        edit.add(redo)
        self.undo_action, self.redo_action = undo, redo
        self.log_menu = log = self._menu(self.tr("&Log"))
        self.kind_actions: dict[str, QAction] = {}
        for i, kind in enumerate(codes.KINDS.codes, start=1):
            text = self.desk.label(codes.KINDS, kind)
            self.kind_actions[kind] = self._action(
                log, text, f"Ctrl+{i}", lambda _=False, k=kind: self.log_kind(k)
            )
        log.add_separator()
        self._action(log, self.tr("As &last time"), "Ctrl+L", lambda: self.log_page.as_last_time())
        self._action(log, self.tr("This family en&gagement"), "Ctrl+J", self.this_engagement)
        self._action(
            log,
            self.tr("Log &template occurrence"),
            "Ctrl+T",
            lambda: self.log_page.templates.log_current(),
        )
        self._action(
            log,
            self.tr("&Save form as template…"),
            "Ctrl+Shift+T",
            lambda: self.log_page.save_template(),
        )
        # In the menu, not on the desk: the forms use every letter the bar's button would take.
        self.remove_template_action = self._action(
            log,
            self.tr("&Remove template…"),
            None,
            lambda: self.log_page.templates.remove_current(),
        )
        # F2 belongs to the desk page: the entry list and its own F2 are on another page.
        self.edit_entry_action = QAction(self.tr("&Edit the selected entry"), self)
        self.edit_entry_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_entry_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_entry_action.triggered.connect(lambda: self.log_page.edit_selected())
        log.add(self.edit_entry_action, owner=self.log_page)
        self.go_menu = self._menu(self.tr("&Go"))
        self.week_action = self._action(
            self.go_menu, self.tr("This &week's entries"), "Ctrl+W", self.show_week
        )
        self.help_menu = self._menu(self.tr("&Help"))

    def this_engagement(self) -> None:
        """The engagement last opened or logged for, picked in the form in one keystroke."""
        self.tabs.setCurrentWidget(self.log_page)
        self.log_page.form.pick_recent_engagement()

    def show_week(self) -> None:
        """The cursor to this week's entries beside the form (its latest entry if none chosen)."""
        self.tabs.setCurrentWidget(self.log_page)
        self.log_page.recent.focus_list()

    def show_help(self) -> None:
        """The Swedish help beside the desk (not modal), its shortcuts read from the menus."""
        from omradesapp.ui.help_dialog import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self.menus(), self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def log_kind(self, kind: str) -> None:
        self.tabs.setCurrentWidget(self.log_page)
        self.log_page.start(kind)

    def _edit_from_list(self, entry: object) -> None:
        self.tabs.setCurrentWidget(self.log_page)
        self.log_page.edit(entry)  # type: ignore[arg-type]

    def _show_who(self) -> None:
        self.who.setText(self._who())

    def _who(self) -> str:
        return self.tr("Logging as {worker} for {unit}.").format(
            worker=self.desk.worker_name(self.desk.worker_id),
            unit=self.desk.unit_name(self.desk.unit_id),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.desk.undo_stack.clear()
        if self._entries.built:
            self.entries.loader.close()
        if self._reports.built:
            self._reports.widget.shutdown()  # type: ignore[attr-defined]
        ops.wait_all()  # a file being written or an import under way ends first
        super().closeEvent(event)

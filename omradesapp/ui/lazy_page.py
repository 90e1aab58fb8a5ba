"""A page whose widget is built the first time it is shown, so start-up builds only the desk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(
        self,
        build: Callable[[], QWidget],
        refresh: Callable[[QWidget], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._refresh = refresh
        self._widget: QWidget | None = None
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._widget is not None

    @property
    def widget(self) -> QWidget:
        """The page's widget, built now if it was not yet."""
        if self._widget is None:
            self._widget = self._build()
            self.layout().addWidget(self._widget)
            self.setFocusProxy(self._widget)
        return self._widget

    def changed(self) -> None:
        """The data changed: refresh now if shown, else when next shown (never if never built)."""
        if self._widget is None or self._refresh is None:
            return
        if self.isVisible():
            self._refresh(self._widget)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        widget = self.widget
        if self._stale and self._refresh is not None:
            self._stale = False
            self._refresh(widget)
        super().showEvent(event)

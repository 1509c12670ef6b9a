"""The livestream rehearsal room: runs of show → plan editor → rehearsal → review.

One page at a time in a stack. A take still running when the app closes (the window's
close, or the application quitting) is stopped and saved, never dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.rehearsal.plan_editor import PlanEditor
from app.ui.rehearsal.rehearsal_screen import RehearsalScreen
from app.ui.rehearsal.review_page import ReviewPage
from app.ui.rehearsal.start_page import StartPage

log = logging.getLogger(__name__)


class RehearsalRoom(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.start_page = StartPage(context)
        self.editor = PlanEditor(context)
        self.screen = RehearsalScreen(context)
        self.review_page = ReviewPage(context)
        self.pages = QStackedWidget()
        for page in (self.start_page, self.editor, self.screen, self.review_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.start_page.new_plan.connect(lambda: self.edit_plan(None))
        self.start_page.edit_plan.connect(self.edit_plan)
        self.start_page.rehearse_plan.connect(self.rehearse)
        self.start_page.open_take.connect(self.open_take)
        self.editor.back.connect(self.show_start)
        self.editor.rehearse.connect(self.rehearse)
        self.screen.back.connect(self.show_start)
        self.screen.take_finished.connect(self.open_take)
        self.review_page.back.connect(self.show_start)
        self.review_page.rehearse_again.connect(self.rehearse)

        self._watched: QObject | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.show_start()
        self._recover_interrupted_takes()

    def _recover_interrupted_takes(self) -> None:
        """A take left 'recording' by a crash or a kill becomes a reviewable, interrupted take."""
        from app.rehearsal.takes import recover_interrupted

        sessions, paths = self.context.db.sessions, self.context.paths
        self.context.tasks.submit(
            lambda _progress, _cancel: recover_interrupted(sessions, paths),
            kind="db",
            on_done=lambda ids: self.start_page.refresh() if ids else None,
        )

    # ---- pages -------------------------------------------------------------------------------
    def show_start(self, select_plan: str | None = None) -> None:
        self.review_page.release()
        self.start_page.refresh(select_plan if isinstance(select_plan, str) else None)
        self.pages.setCurrentWidget(self.start_page)

    def edit_plan(self, plan_id: str | None) -> None:
        self.editor.open_plan(plan_id)
        self.pages.setCurrentWidget(self.editor)

    def rehearse(self, plan_id: str) -> None:
        self.review_page.release()
        self.pages.setCurrentWidget(self.screen)
        self.screen.open_plan(plan_id)

    def open_take(self, take_id: str) -> None:
        self.pages.setCurrentWidget(self.review_page)
        self.review_page.open_take(take_id)

    # ---- closing mid-take ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)
            self._watched = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Close:
            self.shutdown()
        return super().eventFilter(watched, event)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop and save a running take; let go of devices and files."""
        try:
            self.screen.shutdown()
            self.review_page.release()
        except RuntimeError:  # widgets already deleted at interpreter exit
            log.debug("rehearsal room already gone at shutdown")

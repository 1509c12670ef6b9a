"""The "Cắt video" room: open a clip, keep parts of it by keyboard or mouse, add text,
export for a marketplace.

Automation surface (tests, scripts, other rooms): ``open_video``, ``segments``,
``export_to``. Everything else goes through keys and widgets.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.editor import projects
from app.editor.export_job import ExportRequest
from app.editor.export_process import export_in_child
from app.editor.project import Project
from app.errors import UserFacingError
from app.store.engine import session_scope
from app.ui.context import AppContext
from app.ui.editor.editor_page import EditorPage
from app.ui.editor.keys import KEYS
from app.ui.editor.loading import TimelineLoader
from app.ui.editor.snapshot_command import SnapshotCommand
from app.ui.editor.start_page import StartPage
from app.ui.error_dialogs import user_message
from app.video.cut import CutResult
from app.video.exact import EncodeSettings
from app.video.frames import FrameReader
from app.video.probe import MediaInfo, probe

log = logging.getLogger(__name__)
AUTOSAVE_MS = 400


class EditorRoom(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project: Project | None = None
        self.info: MediaInfo | None = None
        self.reader: FrameReader | None = None
        self.undo_stack = QUndoStack(self)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self.stack = QStackedWidget(self)
        self.start = StartPage(self.stack)
        self.page = EditorPage(self, self.stack)
        self.loader = TimelineLoader(self)  # keyframes, filmstrip, waveform after opening
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setAcceptDrops(True)
        self.start.open_requested.connect(self._open_from_ui)
        self.start.browse_requested.connect(self.browse)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self.refresh_start_page()
        # The shell does not tell rooms it is closing: save and stop the player and decoders
        # when the application quits, so nothing keeps decoding after the window is gone.
        QCoreApplication.instance().aboutToQuit.connect(self.shutdown)

    # --- actions & keys ----------------------------------------------------------
    def _build_actions(self) -> None:
        from PySide6.QtCore import QCoreApplication

        for name, keys, label in KEYS:
            action = QAction(QCoreApplication.translate("EditorKeys", label), self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, n=name: self.run_action(n))
            self.addAction(action)
            self.actions_by_name[name] = action

    def keyPressEvent(self, event) -> None:
        # Shortcuts need an active window; keys that reach the room unhandled still work.
        pressed = QKeySequence(
            QKeyCombination(
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier, Qt.Key(event.key())
            )
        )
        text = event.text()
        for name, action in self.actions_by_name.items():
            for seq in action.shortcuts():
                if seq.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch or (
                    text and seq.toString() == text and len(text) == 1 and not text.isalpha()
                ):
                    self.run_action(name)
                    return
        super().keyPressEvent(event)

    def run_action(self, name: str) -> None:
        if name == "help":
            self.page.show_keys()
            return
        focus = QApplication.focusWidget()
        if name in ("crop_up", "crop_down") and isinstance(focus, QComboBox):
            focus.showPopup()  # Alt+↑/↓ opens a focused list, as everywhere on Windows
            return
        if self.project is None:
            return
        handler = getattr(self.page, f"act_{name}", None) or getattr(self, f"_act_{name}")
        try:
            handler()
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Cắt video"), user_message(exc))

    def _act_undo(self) -> None:
        self.undo_stack.undo()

    def _act_redo(self) -> None:
        self.undo_stack.redo()

    # --- opening -----------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Mở video"),
            "",
            self.tr("Video (*.mp4 *.mov *.m4v *.mkv *.avi *.3gp *.webm);;Mọi tệp (*)"),
        )
        if path:
            self._open_from_ui(Path(path))

    def _open_from_ui(self, path: Path) -> None:
        try:
            self.open_video(path)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Không mở được video"), user_message(exc))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self._open_from_ui(Path(urls[0].toLocalFile()))

    def open_video(self, path, *, segments=None, product_id: str | None = None) -> None:
        """Open ``path`` (its project restored); ``segments`` replace the segments in one
        undo step. Raises the engine's Vietnamese ``UserFacingError`` for a bad file."""
        path = Path(path)
        # Only what the first picture needs runs here; the keyframe scan (a walk over every
        # packet, ~0.2-0.7 s for 10 minutes) runs in the background (loading.py).
        info = probe(path, scan=False)  # raises VideoError (a UserFacingError), in Vietnamese
        if not info.has_video:
            from app.video import errors

            raise errors.no_video_stream(str(path))
        reader = FrameReader(path)
        self.save_now()
        self.close_video()
        self.info, self.reader = info, reader
        with session_scope(self.context.db.sessions) as session:
            self.project = projects.load_or_create(session, path, info.duration)
        if product_id:
            self.project.product_id = product_id
            self.page.fill_from_product(product_id)
        self.undo_stack.clear()
        if segments:
            handed = [tuple(s) for s in segments]

            def replace_segments(p: Project) -> None:
                p.segments = []
                for s in handed:
                    label = s[2] if len(s) > 2 else ""
                    p.add_segment(s[0], s[1], label or "", s[3] if len(s) > 3 else None)

            self.edit(self.tr("Nhận các đoạn"), replace_segments)
        self.page.load(self.project, info, reader)
        self.stack.setCurrentWidget(self.page)
        self.setFocus()
        self.schedule_save()

    def close_video(self) -> None:
        self.loader.stop()
        self.page.unload()
        self.page.frame_tasks.wait_idle()  # no decode may run on a closed reader
        if self.reader is not None:
            self.reader.close()
        self.reader = self.project = self.info = None

    # --- editing -----------------------------------------------------------------
    def edit(self, text: str, change) -> None:
        """Apply ``change(project)`` as one undo step."""
        if self.project is None:
            return
        before = self.project.snapshot()
        try:
            change(self.project)
        except ValueError:
            self.project.apply_snapshot(before)
            return
        # stickers run on the exported video's clock: a shorter video pulls them inside
        moved = self.project.fit_stickers()
        after = self.project.snapshot()
        if after != before:
            self.undo_stack.push(SnapshotCommand(self, text, before, after))
            self.page.refresh()
            self.schedule_save()
            self.page.sticker_panel.tell_moved(moved)

    def _restore(self, state: dict) -> None:
        if self.project is not None:
            self.project.apply_snapshot(state)
            self.page.refresh()
            self.schedule_save()

    def schedule_save(self) -> None:
        self._autosave.start()

    def save_now(self) -> None:
        self._autosave.stop()
        if self.project is None:
            return
        self.page.collect_settings(self.project)
        with session_scope(self.context.db.sessions) as session:
            projects.save(session, self.project)

    def refresh_start_page(self) -> None:
        with session_scope(self.context.db.sessions) as session:
            found = projects.recent_projects(session)
            recent = projects.recent_files(session)
        self.start.show_projects(found, recent)
        for summary in found:
            if summary.exists:
                self._thumbnail(summary.source_path)

    def _thumbnail(self, source: str) -> None:
        from app.video.thumbnails import filmstrip

        paths = self.context.paths
        self.context.tasks.submit(
            lambda progress, cancel: filmstrip(source, 1, paths, height=96, cancel=cancel)[0],
            on_done=lambda rgb, s=source: self.start.set_thumbnail(s, rgb),
            on_error=lambda exc: log.info("no thumbnail for %s: %s", source, exc),
        )

    def show_start(self) -> None:
        self.save_now()
        self.close_video()
        self.refresh_start_page()
        self.stack.setCurrentWidget(self.start)

    # --- automation surface ------------------------------------------------------
    def segments(self) -> list[tuple[float, float]]:
        return self.project.pairs() if self.project is not None else []

    def export_request(
        self, target: Path, platform: str | None, mode: str, **extra
    ) -> ExportRequest:
        assert self.project is not None
        project = self.project
        self.page.collect_settings(project)
        fields = dict(
            source=Path(project.source),
            segments=project.pairs(),
            target=Path(target),
            platform=platform,
            mode=mode,
            fit=project.fit,
            center=project.center,
            title=project.title,
            price=project.price,
            stickers=tuple(project.stickers),
            segment_names=[s.label for s in project.segments],
        )
        fields.update(extra)
        return ExportRequest(**fields)

    def export_to(
        self,
        path,
        platform: str | None,
        mode: str = "exact",
        title: str | None = None,
        price: int | None = None,
        encode: EncodeSettings | None = None,
    ) -> CutResult:
        """Export the project as the dialog would (same export process), synchronously."""
        if self.project is None:
            raise RuntimeError("no video open")
        extra = {}
        if title is not None:
            extra["title"] = title
        if price is not None:
            extra["price"] = price
        if encode is not None:
            extra["encode"] = encode
        request = self.export_request(Path(path), platform, mode, **extra)
        return export_in_child(request)[0]

    def shutdown(self) -> None:
        self.save_now()
        self.close_video()
        if self.page.player is not None:
            self.page.player.stop()

    def hideEvent(self, event) -> None:
        self.save_now()
        self.page.pause()
        super().hideEvent(event)

"""Windows that fit the screen, names that do not widen them, focus that comes back.

- ``fit_to_screen``: a window or dialog no larger than the available screen
  area, centred on its parent (or on the screen), never partly off it.
- ``ScreenKeeper``: the one application event filter: it fits every window and
  dialog as it is shown, gives focus back to where it was when a dialog closes
  (instead of Qt's first widget in the window's focus chain), and tells the idle
  watcher of key and mouse input (one filter: each event crosses into Python
  once, not once per filter).
- ``ElidedLabel`` / ``elide_title``: a long client name shown with "…", the
  whole name in the tooltip and the accessible name; it never asks for more
  width than it is given.
- ``name_qt_parts``: names for the parts Qt adds without one (a line edit's
  clear button, splitter handles, the size grip), which a screen reader would
  otherwise announce as a bare "button".
- ``last_folder`` / ``remember_folder``: where Save as… starts. Only the folder
  goes into QSettings, never a file name (those can name a client).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6 import QtCore  # QtCore.Qt when used: the Qt namespace is slow to build
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSettings,
    QSize,
    QStandardPaths,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizeGrip,
    QSizePolicy,
    QSplitterHandle,
    QToolButton,
    QWidget,
)

# Room kept for the window manager's frame while it is not known yet (before
# the first show): a title bar above, a border around.
FRAME_RESERVE = QSize(16, 40)
TITLE_CHARS = 60  # a window title names at most this much of a client
FOLDER_KEY = "paths/last-folder"


def available_area(window: QWidget) -> QRect:
    """The free area (without panels and docks) of the screen the window goes on:
    its parent's screen if it has a parent, else its own, else the primary one."""
    parent = window.parentWidget()
    anchor = parent.window() if parent is not None else window
    screen = anchor.screen() or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, centre: bool = True) -> QRect:
    """Shrink ``window`` to the available screen area and centre it on its parent
    (or on the screen); returns that area. A window already on the screen and not
    to be centred (the main window with its saved place) keeps its place."""
    area = available_area(window)
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width() or FRAME_RESERVE.width()
    extra_h = frame.height() - window.height() or FRAME_RESERVE.height()
    room = QSize(max(200, area.width() - extra_w), max(150, area.height() - extra_h))
    size = window.size().boundedTo(room)
    if size != window.size():
        if window.isMaximized():
            window.showNormal()
        window.resize(size)
    outer = QSize(window.width() + extra_w, window.height() + extra_h)
    parent = window.parentWidget()
    if centre:
        middle = (parent.window().frameGeometry().center()
                  if parent is not None and parent.window().isVisible() else area.center())
        left, top = middle.x() - outer.width() // 2, middle.y() - outer.height() // 2
    else:
        left, top = frame.x(), frame.y()
    left = max(area.left(), min(left, area.right() + 1 - outer.width()))
    top = max(area.top(), min(top, area.bottom() + 1 - outer.height()))
    if (left, top) != (frame.x(), frame.y()):
        window.move(left, top)
    return area


_input: frozenset[QEvent.Type] | None = None


def _input_events() -> frozenset[QEvent.Type]:
    global _input
    if _input is None:  # built on first use: PySide builds the enum lazily, and slowly
        t = QEvent.Type
        _input = frozenset({t.KeyPress, t.MouseButtonPress, t.MouseMove, t.Wheel,
                            t.TouchBegin})
    return _input


class ScreenKeeper(QObject):
    """Installed once on the application (``install``)."""

    RECENT = 12  # focus widgets remembered, newest last

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recent: list[QWidget] = []
        self._chosen: QWidget | None = None  # see focus_when_back
        # called on key, mouse, wheel and touch input (the idle watcher's, while
        # its clock runs)
        self.on_input: Callable[[], None] | None = None
        if isinstance(parent, QApplication):
            parent.focusChanged.connect(self._focus_changed)

    @classmethod
    def install(cls, app: QApplication) -> ScreenKeeper:
        """The application's keeper, installed now if it was not yet; what is on
        screen already is fitted and named as if it had just been shown."""
        keeper = app.findChild(ScreenKeeper)
        if keeper is not None:
            return keeper
        keeper = cls(app)
        app.installEventFilter(keeper)
        for window in app.topLevelWidgets():
            if window.isVisible() and isinstance(window, QDialog):
                fit_to_screen(window, centre=False)
                name_qt_parts(window)
        return keeper

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        self._recent = [w for w in self._recent if w is not new and shiboken6.isValid(w)]
        self._recent.append(new)
        del self._recent[:-self.RECENT]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind != QEvent.Type.Show and kind != QEvent.Type.Hide:
            if self.on_input is not None and kind in _input_events():
                self.on_input()
            return False
        if not isinstance(watched, (QDialog, QMainWindow)) or not watched.isWindow():
            return False
        if kind == QEvent.Type.Show:
            if not isinstance(watched, QMessageBox):  # a message box sizes itself later
                fit_to_screen(watched, centre=isinstance(watched, QDialog))
            name_qt_parts(watched)
        elif isinstance(watched, QDialog) and (parent := watched.parentWidget()) is not None:
            # after the dialog has gone (and any dialog it opened has shown)
            owner = parent.window()
            QTimer.singleShot(0, lambda: self._give_focus_back(owner))
        return False

    def _give_focus_back(self, owner: QWidget, turns: int = 3) -> None:
        """Focus to the widget of ``owner`` (the closed dialog's window) chosen with
        ``focus_when_back`` (waiting a few turns of the event loop for it to show),
        else to the newest one that had the focus and can take it again: not the
        window's first field, which is what Qt would pick."""
        if not (shiboken6.isValid(owner) and owner.isVisible()):
            self._chosen = None
            return
        chosen = self._chosen
        if chosen is not None and shiboken6.isValid(chosen) and chosen.window() is owner:
            if not chosen.isVisible() and turns > 0:  # its page is still being shown
                QTimer.singleShot(0, lambda: self._give_focus_back(owner, turns - 1))
                return
            self._chosen = None
            if (chosen.isVisible() and chosen.isEnabled()
                    and QApplication.activeModalWidget() in (None, owner)):
                owner.activateWindow()
                chosen.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
                return
        self._chosen = None
        current = QApplication.focusWidget()
        if current is not None and current.isVisible():
            return  # a dialog opened next, or the user moved on
        if QApplication.activeModalWidget() not in (None, owner):
            return  # another dialog is open: it keeps the focus
        for widget in reversed(self._recent):
            if (shiboken6.isValid(widget) and widget.window() is owner
                    and widget.isVisible() and widget.isEnabled()):
                owner.activateWindow()
                widget.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
                return


def focus_when_back(widget: QWidget) -> None:
    """Give ``widget`` the focus once the dialog closing now has gone (what the
    dialog led to, e.g. the note a new session opens), not the widget that had it
    before the dialog."""
    widget.setFocus()  # at once if its window is active already
    app = QApplication.instance()
    keeper = app.findChild(ScreenKeeper) if app is not None else None
    if keeper is not None:
        keeper._chosen = widget


def name_qt_parts(window: QWidget) -> None:
    """Accessible names for the controls Qt itself adds to ``window`` unnamed."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("fit", text)

    for edit in window.findChildren(QLineEdit):
        for button in edit.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(tr("Clear the text"))
    for handle in window.findChildren(QSplitterHandle):
        if not handle.accessibleName():
            handle.setAccessibleName(tr("Drag to resize the panes"))
    for grip in window.findChildren(QSizeGrip):
        if not grip.accessibleName():
            grip.setAccessibleName(tr("Drag to resize the window"))


def elide_title(text: str, limit: int = TITLE_CHARS) -> str:
    """A window title of at most ``limit`` characters (a long name ends in "…")."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" to the width it has; the whole text is
    in the tooltip and the accessible name. It asks for little width, so a long
    name cannot widen the window."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("W…") + 4),
                     hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4,
                     super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._elide()
        super().paintEvent(event)

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, QtCore.Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width()))
        if shown != super().text():
            super().setText(shown)


def last_folder() -> str:
    """Where a Save as… or Open… dialog starts: the last folder used, else Documents."""
    value = QSettings().value(FOLDER_KEY)
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember_folder(chosen: str | Path) -> None:
    """Remember the folder of a chosen file (only the folder: file names can name
    a client, and QSettings is plaintext on disk)."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    QSettings().setValue(FOLDER_KEY, str(folder))


def start_path(file_name: str = "") -> str:
    """The path a file dialog starts at: ``file_name`` in the last folder used."""
    folder = last_folder()
    return str(Path(folder) / file_name) if file_name else folder

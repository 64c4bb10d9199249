"""Checks shared by the layout, accessibility and pseudo-locale tests: does a
window fit its screen, is any text clipped, is any control unnamed for a
screen reader. No fixtures here."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from practice_notes.domain.rules import MAX_NAME

# The longest name a client may have, made of real-looking words (a name without
# spaces could not wrap anywhere, which is the harder case for a label).
LONG_NAME = ("Maximiliana Wolfeschlegelsteinhausen-Bergerdorff de la Santísima Trinidad "
             "Ørsted-Papadopoulou Nakamura-Okonkwo Featherstonehaugh Anastasopoulos "
             "y Bustamante Quiñones-Vasquez")[:MAX_NAME].rstrip()
LONG_WORD_NAME = "Wolfeschlegelsteinhausenbergerdorff" * 6  # no space anywhere
LONG_WORD_NAME = LONG_WORD_NAME[:MAX_NAME]

# Roles a user operates (not static text, panes or the cells inside a table).
Role = QAccessible.Role
INTERACTIVE = {
    Role.Button, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.Slider, Role.Dial, Role.Table, Role.List, Role.Tree, Role.PageTab,
    Role.Link, Role.ButtonMenu, Role.ButtonDropDown, Role.HotkeyField, Role.MenuItem,
    Role.Grip,
}  # not scroll bars: Qt names none, and a screen reader reads them by their value
ITEM_VIEWS = {Role.Table, Role.List, Role.Tree, Role.TreeItem, Role.ListItem, Role.Cell,
              Role.Row, Role.Column, Role.ColumnHeader, Role.RowHeader}


def clipped(root: QWidget) -> list[str]:
    """Shown labels and buttons whose text needs more room than they have
    (a wrapped label: its heightForWidth at its width within its height)."""
    found: list[str] = []
    for holder in [root, *root.findChildren(QWidget)]:  # lay out what is still pending
        layout = holder.layout()
        if layout is not None and holder.isVisible():
            layout.activate()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        text = widget.text()
        if not text.strip():
            continue
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            # a wrapped label may be as narrow as it likes if it is tall enough
            need_w, need_h = size.width(), widget.heightForWidth(size.width())
        elif isinstance(widget, QLabel) and widget.pixmap() is not None and widget.pixmap().width():
            continue
        else:
            hint = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
            need_w, need_h = hint.width(), hint.height()
            if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
                need_w = widget.sizeHint().width()
        if need_w > size.width() + 1 or need_h > size.height() + 1:
            found.append(f"{type(widget).__name__} {text[:50]!r}: needs {need_w}×{need_h}, "
                         f"has {size.width()}×{size.height()} in {type(root).__name__}")
        elif cut_off(widget, root):
            found.append(f"{type(widget).__name__} {text[:50]!r} is cut off by the edge of "
                         f"a {type(cut_off(widget, root)).__name__} in {type(root).__name__}")
    return found


def cut_off(widget: QWidget, root: QWidget) -> QWidget | None:
    """The ancestor (up to ``root``) whose edge cuts ``widget`` off, if any. Content
    scrolled inside a scroll area is not cut off: it scrolls into view."""
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and parent is holder.viewport():
            return None
        room = QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()).adjusted(-1, -1, 1, 1)
        if not room.contains(rect):
            return parent
        if parent is root:
            return None
        parent = holder
    return None


def off_screen(window: QWidget, area: QRect) -> list[str]:
    """The window (with its frame) outside the screen area, or needing more room
    than the area has."""
    problems: list[str] = []
    name = f"{type(window).__name__} {window.windowTitle()[:40]!r}"
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems.append(f"{name} at {frame.getRect()} is not inside {area.getRect()}")
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > area.width() or need.height() > area.height():
        wide = sorted(
            (w.minimumSizeHint().width(), w.minimumSizeHint().height(), type(w).__name__,
             w.objectName()) for w in window.findChildren(QWidget) if w.isVisible())[-4:]
        problems.append(f"{name} needs {need.width()}×{need.height()}; largest: {wide}")
    return problems


def accessible_tree(root: QWidget, hidden: bool = False) -> list[QAccessibleInterface]:
    """Every accessible object under ``root`` (not the cells of tables), hidden
    ones too if ``hidden``: AT-SPI lists those as well, without the "showing"
    state, so a screen reader's tree dump still names them."""
    found: list[QAccessibleInterface] = []
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None and top.isValid()
    stack = [top]
    while stack:
        node = stack.pop()
        if node.state().invisible and not hidden:
            continue
        found.append(node)
        if node.role() in ITEM_VIEWS:
            continue
        for n in range(node.childCount()):
            child = node.child(n)
            if child is not None and child.isValid():
                stack.append(child)
    return found


def unnamed(root: QWidget) -> list[str]:
    """Shown controls a screen reader would announce without a name."""
    problems: list[str] = []
    for node in accessible_tree(root, hidden=True):
        obj = node.object()
        if isinstance(obj, QWidget) and obj.window().windowType() == Qt.WindowType.Popup:
            continue  # a closed combo box's list: the combo box names it
        if node.role() in INTERACTIVE and not node.text(QAccessible.Text.Name).strip():
            where = type(obj).__name__ if obj is not None else "?"
            parent = obj.parent() if obj is not None else None
            problems.append(f"{node.role().name} {where} "
                            f"{getattr(obj, 'objectName', lambda: '')()!r} "
                            f"(in {type(parent).__name__}) in {type(root).__name__} "
                            f"{root.windowTitle()[:40]!r}")
    return problems


def off_centre(dialog: QWidget, area: QRect) -> list[str]:
    """A dialog not centred on its parent window (unless the screen's edge stops it)."""
    parent = dialog.parentWidget()
    if parent is None or not parent.window().isVisible():
        return []
    frame, middle = dialog.frameGeometry(), parent.window().frameGeometry().center()
    dx, dy = frame.center().x() - middle.x(), frame.center().y() - middle.y()
    at_edge_x = frame.left() <= area.left() or frame.right() >= area.right()
    at_edge_y = frame.top() <= area.top() or frame.bottom() >= area.bottom()
    if (abs(dx) > 2 and not at_edge_x) or (abs(dy) > 2 and not at_edge_y):
        return [f"{type(dialog).__name__} {dialog.windowTitle()[:40]!r} is {dx}, {dy} px "
                f"off its parent's centre"]
    return []

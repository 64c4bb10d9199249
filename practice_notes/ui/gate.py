"""The door to the vault: welcome (first run), create, and unlock."""

from __future__ import annotations

from pathlib import Path

# No ``Qt`` namespace here: touching it builds ~100 enums, which would slow the first
# paint of this window (QLabel detects the rich text on its own).
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from practice_notes.i18n import QT_TRANSLATE_NOOP, translate
from practice_notes.services import default_vault_path
from practice_notes.services.errors import StorageBug, VaultError, WrongPassphrase
from practice_notes.ui.worker import run_in_background

VAULT_FILTER = QT_TRANSLATE_NOOP("Gate", "Practice Notes vaults (*.vault);;All files (*)")


def strength(passphrase: str) -> str:
    """A short, honest hint from zxcvbn's estimate: how hard it is to guess."""
    if not passphrase:
        return ""
    from practice_notes.services.passphrase import Strength, rate_passphrase

    rating = rate_passphrase(passphrase)
    if rating.problem:
        return translate("Gate", "Too short or simple. {problem}").format(problem=rating.problem)
    if rating.strength is Strength.STRONG:
        return translate(
            "Gate", "Strong. Write it down and keep it somewhere safe, away from this computer.")
    return translate("Gate", "Fair. Longer is stronger: four or more words are easy to remember "
                             "and hard to guess.")


def error_text(exc: BaseException) -> str:
    if isinstance(exc, VaultError):
        return str(exc)
    if isinstance(exc, OSError) and not isinstance(exc, StorageBug):
        reason = exc.strerror or translate("Gate", "system error")
        return translate("Gate", "The file could not be used: {reason}.").format(reason=reason)
    return translate(
        "Gate", "Something went wrong inside Practice Notes. Your vault has not been changed.")


def _folder_text(folder: Path) -> str:
    """A folder as people know it: ~/Documents rather than /home/name/Documents."""
    try:
        inside = folder.relative_to(Path.home())
    except ValueError:
        return str(folder)
    return "~" if inside == Path() else f"~/{inside}"


class _Page(QWidget):
    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        self.layout_.addWidget(heading)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.message = QLabel()
        self.message.setObjectName("gate-message")
        self.message.setWordWrap(True)
        palette = self.message.palette()  # a palette, not a style sheet: faster to show
        palette.setColor(palette.ColorRole.WindowText, "#a4262c")
        self.message.setPalette(palette)
        self.message.setAccessibleName(self.tr("Message"))

    # QStackedWidget is as large as its largest page; that left the short unlock
    # page with a tall empty space. A page not shown asks for no room.
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, 0) if self.isHidden() else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, 0) if self.isHidden() else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return 0 if self.isHidden() else super().heightForWidth(width)


class GateDialog(QDialog):
    """Shown while no practice is unlocked. Emits ``unlocked`` with the Practice."""

    unlocked = Signal(object)
    restore_requested = Signal()
    create_page: _Page

    def __init__(self, vault_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Practice Notes"))
        self.setMinimumWidth(460)
        self.vault_path = vault_path or default_vault_path()
        self.created_new = False  # set when a vault was just created here
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        self._build_welcome()
        self._build_create()
        self._build_unlock()
        # Enter belongs to the page's own action (returnPressed / the default button).
        # Auto-default buttons would take it over whenever they got focus: when busy()
        # disables the passphrase field, focus moves on to "Open another vault…", and
        # the same Enter then opened a file dialog.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.demo_requested = False
        self.stack.currentChanged.connect(self._fit_page)
        self.show_for(self.vault_path)
        self._fit_page()

    # ------------------------------------------------------------ pages
    def _build_welcome(self) -> None:
        page = _Page(
            self.tr("Welcome to Practice Notes"),
            self.tr("Your notes are kept in one encrypted file, the vault, on this computer only. "
            "Nothing is ever sent over the internet."),
        )
        self.create_button = QPushButton(self.tr("&Create a new vault…"))
        self.open_button = QPushButton(self.tr("&Open an existing vault…"))
        self.demo_button = QPushButton(self.tr("Try the &demo practice"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.clicked.connect(self.restore_requested)
        for b in (self.create_button, self.open_button, self.restore_button, self.demo_button):
            page.layout_.addWidget(b)
        page.layout_.addWidget(page.message)
        page.layout_.addStretch()
        self.create_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.create_page))
        self.open_button.clicked.connect(self.choose_existing)
        self.demo_button.clicked.connect(self._request_demo)
        self.welcome_page = page
        self.stack.addWidget(page)

    def _build_create(self) -> None:
        page = _Page(
            self.tr("Create your vault"),
            self.tr("Choose a passphrase you will remember. <b>If you lose it, nobody can recover "
            "your notes</b> — not even us. Keep regular backups on a separate drive."),
        )
        form = QFormLayout()
        self.create_location = QLineEdit(str(self.vault_path))
        self.create_location.setAccessibleName(self.tr("Vault location"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_new)
        row = QHBoxLayout()
        row.addWidget(self.create_location)
        row.addWidget(browse)
        location_label = QLabel(
            self.tr("&Location:"))  # a row of two widgets gets no buddy by itself
        location_label.setBuddy(self.create_location)
        form.addRow(location_label, row)
        self.new_pass = QLineEdit()
        self.new_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass.setAccessibleName(self.tr("New passphrase"))
        self.new_pass2 = QLineEdit()
        self.new_pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass2.setAccessibleName(self.tr("Repeat passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.new_pass)
        form.addRow(self.tr("&Repeat:"), self.new_pass2)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        form.addRow("", self.strength)
        page.layout_.addLayout(form)
        page.layout_.addWidget(page.message)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.stack.setCurrentWidget(self.welcome_page))
        self.create_confirm = QPushButton(self.tr("Create vault"))
        self.create_confirm.setDefault(True)
        buttons.addWidget(back)
        buttons.addStretch()
        buttons.addWidget(self.create_confirm)
        page.layout_.addLayout(buttons)
        self.new_pass.textChanged.connect(lambda t: self.strength.setText(strength(t)))
        self.new_pass.textChanged.connect(lambda _t: page.message.clear())
        self.create_confirm.clicked.connect(self.create_vault)
        self.new_pass2.returnPressed.connect(self.create_vault)
        self.create_page = page
        self.stack.addWidget(page)

    def _build_unlock(self) -> None:
        page = _Page(self.tr("Unlock your vault"), "")
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        page.layout_.addLayout(form)
        page.layout_.addWidget(page.message)
        self.next_step = QPushButton(self.tr("Next step"))  # renamed before it shows
        self.next_step.setVisible(False)
        self.next_step.clicked.connect(self._next_step)
        page.layout_.addWidget(self.next_step)
        buttons = QHBoxLayout()
        other = QPushButton(self.tr("Open &another vault…"))
        other.clicked.connect(self.choose_existing)
        new = QPushButton(self.tr("&New vault…"))
        new.clicked.connect(lambda: self.stack.setCurrentWidget(self.create_page))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        buttons.addWidget(other)
        buttons.addWidget(new)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        page.layout_.addLayout(buttons)
        page.layout_.addStretch()
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_page = page
        self.stack.addWidget(page)

    # ---------------------------------------------------------- behaviour
    def show_for(self, path: Path, notice: str = "") -> None:
        """Ask for the passphrase of ``path``; ``notice`` says why it locked (idle time)."""
        self.vault_path = path
        self.unlock_page.message.clear()
        self.next_step.setVisible(False)
        if path.exists():
            intro = self.tr("Vault: {name}  ({value})").format(
                name=path.name, value=_folder_text(path.parent))
            self.unlock_page.intro.setText(f"{intro}\n{notice}" if notice else intro)
            self.stack.setCurrentWidget(self.unlock_page)
            self.passphrase.setFocus()
        else:
            self.stack.setCurrentWidget(self.welcome_page)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # (again) after a lock: not the button the focus moved to while unlocking
        if self.stack.currentWidget() is self.unlock_page and self.passphrase.isEnabled():
            self.passphrase.setFocus()

    def _fit_page(self, _index: int = 0) -> None:
        """Size the dialog to the page shown, not to the tallest page."""
        self.stack.updateGeometry()
        self.adjustSize()
        if self.stack.currentWidget() is self.create_page:
            self.new_pass.setFocus()  # the location has a sensible default already

    def _show_message(self, label: QLabel, text: str) -> None:
        """A message, with the dialog grown to show all of its lines."""
        label.setText(text)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()

    def _request_demo(self) -> None:
        self.demo_requested = True
        self.done(2)

    def _browse_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New vault"), self.create_location.text(),
            translate("Gate", VAULT_FILTER)
        )
        if name:
            self.create_location.setText(name)

    def choose_existing(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open vault"), str(self.vault_path.parent),
            translate("Gate", VAULT_FILTER)
        )
        if name:
            self.show_for(Path(name))

    def _next_step(self) -> None:
        if self.next_step.property("step") == "restore":
            self.restore_requested.emit()
        else:
            self.choose_existing()

    def _busy(self, busy: bool) -> None:
        for w in (self.unlock_button, self.passphrase, self.create_confirm, self.new_pass,
                  self.new_pass2):
            w.setEnabled(not busy)

    def create_vault(self) -> None:
        msg = self.create_page.message
        location = Path(self.create_location.text().strip()).expanduser()
        first, second = self.new_pass.text(), self.new_pass2.text()
        if not self.create_location.text().strip():
            msg.setText(self.tr("Choose where to keep the vault."))
            return
        from practice_notes.services.unlock import create_practice, passphrase_problem

        problem = passphrase_problem(first)
        if problem:
            # said once: the strength line under the field already says it
            self.strength.setText(strength(first) or problem)
            msg.clear()
            self.new_pass.setFocus()
            return
        if first != second:
            msg.setText(self.tr("The two passphrases are not the same. Type them again."))
            self.new_pass2.clear()
            self.new_pass2.setFocus()
            return
        msg.setText(self.tr("Creating the vault…"))
        self._busy(True)
        run_in_background(
            lambda: create_practice(location, first),
            self._created,
            lambda exc: self._failed(exc, msg),
            self,
        )

    def unlock(self) -> None:
        text = self.passphrase.text()
        msg = self.unlock_page.message
        if not text:
            msg.setText(self.tr("Type your passphrase."))
            return
        msg.setText(self.tr("Unlocking…"))
        self._busy(True)
        path = self.vault_path
        # The services (and SQLCipher) load on the worker thread, after the first paint.
        def work() -> object:
            from practice_notes.services.unlock import open_practice

            return open_practice(path, text)

        run_in_background(work, self._opened,
                          lambda exc: self._failed(exc, msg), self)

    def _created(self, practice: object) -> None:
        self.created_new = True  # the window then asks who signs the notes
        self._opened(practice)

    def _opened(self, practice: object) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.new_pass.clear()
        self.new_pass2.clear()
        from practice_notes.services import Practice

        assert isinstance(practice, Practice)
        self.vault_path = practice.path
        self.unlocked.emit(practice)
        self.accept()

    def _failed(self, exc: BaseException, label: QLabel) -> None:
        self._busy(False)
        self._show_message(label, error_text(exc))
        self.next_step.setVisible(False)
        if isinstance(exc, WrongPassphrase):
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        step = exc.next_step if isinstance(exc, VaultError) else "none"
        if step in ("open-other", "restore"):
            self.next_step.setText(
                self.tr("Restore from a backup…")
                if step == "restore"
                else self.tr("Open another vault…")
            )
            self.next_step.setProperty("step", step)
            self.next_step.setVisible(True)

"""Before a pseudonymised summary is shown for printing: every place a name
was replaced, the names that are also everyday words (replaced only where
capitalised) and every remaining capitalised word that looks like a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from practice_notes.services.reporting import Place, PseudonymReview


class PseudonymReviewDialog(QDialog):
    def __init__(self, review: PseudonymReview, code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the pseudonymised summary — {code}").format(code=code))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # shows client names
        intro = QLabel(
                self.tr("Names were replaced with {code} in {value} place(s). Please look over "
                        "the list, especially names that are also everyday words and capitalised "
                        "words that may be names, before you print.").format(
                            code=code, value=len(review.replaced)))
        intro.setWordWrap(True)
        self.places = QListWidget()
        self.places.setAccessibleName(self.tr("Places to check"))
        self.places.setWordWrap(True)
        self._group("Names that are also everyday words: replaced only where capitalised",
                    review.common_words)
        self._group("Capitalised words left as they are that may be names", review.remaining)
        self._group("Every place a name was replaced", review.replaced)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Looks right: show the summary"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(self.tr("Go back"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.places, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _group(self, title: str, places: list[Place]) -> None:
        head = QListWidgetItem(f"{title} ({len(places)})")
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.places.addItem(head)
        for place in places:
            self.places.addItem(f"   {place.found}: {place.context}")

    def texts(self) -> list[str]:
        return [self.places.item(n).text() for n in range(self.places.count())]

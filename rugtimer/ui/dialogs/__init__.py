"""Dialogs asked from the mat: the pain score, after the session, and "this hurts"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def fit_to_screen(dialog: QDialog, width: int) -> None:
    """Size ``dialog`` to show all its (word-wrapped) text at about ``width`` px, within the screen.

    Qt's automatic first size caps a window at 2/3 of the screen, which on a 1366×768 laptop cuts the
    big-print dialogs short; this asks the layout for the height the text needs at the chosen width.
    """
    dialog.ensurePolished()
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    minimum = layout.minimumSize()
    chosen_width = min(max(width, minimum.width()), screen.width())
    height = layout.totalHeightForWidth(chosen_width) if layout.hasHeightForWidth() else -1
    chosen_height = min(
        max(height, layout.sizeHint().height() if height < 0 else 0, minimum.height()), screen.height()
    )
    dialog.resize(chosen_width, chosen_height)

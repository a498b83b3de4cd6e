"""Help's section on "What you want to do again": what the PSK is, how it is scored, where it comes from, and
what RugTimer does and does not do with it (docs/psk.md). One widget, added by ``help_view.py``."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from rugtimer.ui.advice_widgets import bullet_list, text_label


class PskHelpSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pskHelp")
        self.heading = self.tr("What you want to do again (PSK)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(
            text_label(
                self.tr(
                    "Pain is not the only thing that counts: it also matters what your back keeps you from "
                    "doing. After your first week RugTimer asks you to name 3 to 5 activities that matter to "
                    "you, that your back makes hard, and that you do every week, such as putting on socks or "
                    "sitting through a meeting. Once a week, after the first session of the week, you score "
                    "how hard each one was in the past week: 0 is no difficulty, 10 is impossible, the same "
                    "direction as pain. You see last week's score while you score, and you can skip a week."
                ),
                object_name="pskHelpIntro",
            )
        )
        layout.addWidget(
            bullet_list(
                [
                    self.tr(
                        "This is the Patient-Specific Complaints questionnaire (PSK, Patiënt Specifieke "
                        "Klachten; Beurskens et al. 1996), developed for low back pain. The Dutch guideline for "
                        "physiotherapy in low back pain (KNGF 2021) recommends it, with the pain score, for "
                        "every patient."
                    ),
                    self.tr(
                        "Progress shows the weekly mean under the pain graph, and the report shows it on its "
                        "first page. The change is shown as it is: we found no source that says how big a "
                        "change in the PSK is meaningful, so RugTimer gives no verdict."
                    ),
                    self.tr(
                        "The coach does not use these scores to change your exercises: no source gives a rule "
                        "for that. They are for you and your physiotherapist."
                    ),
                    self.tr(
                        "To change an activity, use “Change activities…” on Progress. The old activity keeps "
                        "its scores; the new one starts afresh."
                    ),
                ],
                "pskHelpList",
            )
        )

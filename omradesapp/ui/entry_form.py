"""The logging form: every field of SPEC §9 for the chosen kind; Enter saves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain import codes, fields
from omradesapp.domain.durations import DEFAULT_MINUTES
from omradesapp.domain.entry import Entry, ValidationError, validate
from omradesapp.store import durations
from omradesapp.ui import engagement_choice
from omradesapp.ui.check_list import CheckList
from omradesapp.ui.date_field import DateField
from omradesapp.ui.desk import Desk
from omradesapp.ui.widgets import ErrorLabel, buddy_label, fill_combo, name, select_data

# Field captions (the code lists' own labels come from domain/codes.py).
CAPTIONS = {
    "contact_type": QT_TRANSLATE_NOOP("EntryForm", "Case type"),
    "form": QT_TRANSLATE_NOOP("EntryForm", "Form"),
    "group_type": QT_TRANSLATE_NOOP("EntryForm", "Group type"),
    "meeting_type": QT_TRANSLATE_NOOP("EntryForm", "Meeting type"),
    "category": QT_TRANSLATE_NOOP("EntryForm", "Category"),
    "age_group": QT_TRANSLATE_NOOP("EntryForm", "Age group"),
    "topics": QT_TRANSLATE_NOOP("EntryForm", "Topics"),
    "partners": QT_TRANSLATE_NOOP("EntryForm", "Partners"),
    "referral": QT_TRANSLATE_NOOP("EntryForm", "Referred to"),
}
# The same captions in the form, each with its Alt letter (unique on the desk page in
# Swedish, checked by tests/test_ui_alt_letters.py).
FORM_CAPTIONS = {
    "contact_type": QT_TRANSLATE_NOOP("EntryForm", "Case t&ype"),
    "form": QT_TRANSLATE_NOOP("EntryForm", "&Form"),
    "group_type": QT_TRANSLATE_NOOP("EntryForm", "Group t&ype"),
    "meeting_type": QT_TRANSLATE_NOOP("EntryForm", "Meeting t&ype"),
    "category": QT_TRANSLATE_NOOP("EntryForm", "Cate&gory"),
    "age_group": QT_TRANSLATE_NOOP("EntryForm", "Age g&roup"),
    "topics": QT_TRANSLATE_NOOP("EntryForm", "T&opics"),
    "partners": QT_TRANSLATE_NOOP("EntryForm", "&Partners"),
    "referral": QT_TRANSLATE_NOOP("EntryForm", "Referred &to"),
}
SINGLE = [f for f in codes.CODED_FIELDS if not f.multi]
MULTI = [f for f in codes.CODED_FIELDS if f.multi]
NUMBERS = ("minutes", "adults", "children", "private_network", "professional_network")


class FormError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class EntryForm(QWidget):
    """Shows the fields of one kind. Emits `submitted(entry, editing)` on Enter."""

    submitted = Signal(object, bool)
    kind_changed = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._editing: Entry | None = None
        self.kind_combo = QComboBox()
        self.date = DateField()
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.unit = QComboBox()
        self.worker = QComboBox()
        self.numbers = {n: QLineEdit() for n in NUMBERS}
        self.singles = {f.name: QComboBox() for f in SINGLE}
        self.multis = {f.name: CheckList() for f in MULTI}
        self.evening = QCheckBox(self.tr("E&vening"))
        self.answered = QCheckBox(self.tr("Answered withi&n 24 hours"))
        # Family engagements (SPEC §12): a team unit's contacts, meetings and time may name one.
        self.engagement = QComboBox()
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("Write no names"))
        self.error = ErrorLabel(reserve_lines=2)  # the form must not jump when it shows
        self.mode = QLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.last_button = QPushButton(self.tr("As &last time"))
        self._captions: dict[str, QLabel] = {}
        self._filled: set[str] = set()  # code fields whose choices are loaded
        self._engagement_unit: int | None = None  # whose engagements the combo holds
        digits = self.fontMetrics().horizontalAdvance("00000") + 16
        for w in (self.time, *self.numbers.values()):
            w.setMaximumWidth(digits + 8)
        self._layout()
        self._accessible()
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.unit.currentIndexChanged.connect(self._show_engagements)
        self.singles["form"].currentIndexChanged.connect(self._show_answered)
        self.desk.entries_changed.connect(self._fill_engagements)  # one opened or closed
        self.save_button.clicked.connect(self.submit)
        self.desk.org_changed.connect(self.refill)
        self.refill()
        self.start("visit")

    # -- building -------------------------------------------------------
    def _caption(self, key: str, text: str, buddy: QWidget) -> QLabel:
        label = buddy_label(text, buddy)
        self._captions[key] = label
        return label

    def _layout(self) -> None:
        head = QFormLayout()
        head.addRow(self._caption("kind", self.tr("&Kind"), self.kind_combo), self.kind_combo)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self._caption("time", self.tr("&Time"), self.time))
        when.addWidget(self.time)
        when.addWidget(self._caption("minutes", self.tr("&Minutes"), self.numbers["minutes"]))
        when.addWidget(self.numbers["minutes"])
        when.addStretch(1)
        head.addRow(self._caption("date", self.tr("&Date"), self.date), when)
        who = QHBoxLayout()
        who.addWidget(self.unit, 2)
        who.addWidget(self._caption("worker", self.tr("&Worker"), self.worker))
        who.addWidget(self.worker, 1)
        head.addRow(self._caption("unit", self.tr("&Unit"), self.unit), who)
        people = QHBoxLayout()
        people.addWidget(self.numbers["adults"])
        people.addWidget(self._caption("children", self.tr("C&hildren"), self.numbers["children"]))
        people.addWidget(self.numbers["children"])
        people.addWidget(self.evening)
        people.addWidget(self.answered)
        people.addStretch(1)
        head.addRow(self._caption("adults", self.tr("&Adults"), self.numbers["adults"]), people)
        network = QHBoxLayout()
        network.addWidget(self.numbers["private_network"])
        professional = self.numbers["professional_network"]
        caption = self.tr("From the pro&fessional network")
        network.addWidget(self._caption("professional_network", caption, professional))
        network.addWidget(professional)
        network.addStretch(1)
        private = self.numbers["private_network"]
        caption = self.tr("From the private net&work")
        head.addRow(self._caption("private_network", caption, private), network)
        caption = self.tr("&Family engagement")
        head.addRow(self._caption("engagement", caption, self.engagement), self.engagement)
        for f in SINGLE:
            combo = self.singles[f.name]
            head.addRow(self._caption(f.name, self.tr(FORM_CAPTIONS[f.name]), combo), combo)
        self._form = head
        lists = QGridLayout()
        for col, f in enumerate(MULTI):
            lists.addWidget(
                self._caption(f.name, self.tr(FORM_CAPTIONS[f.name]), self.multis[f.name]), 0, col
            )
            lists.addWidget(self.multis[f.name], 1, col)
        self._lists = lists
        note = QFormLayout()
        note.addRow(self._caption("note", self.tr("&Note"), self.note), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mode, 1)
        buttons.addWidget(self.last_button)
        buttons.addWidget(self.save_button)
        self.buttons = buttons
        box = QVBoxLayout(self)
        box.addLayout(head)
        box.addLayout(lists, 1)
        box.addLayout(note)
        box.addWidget(self.error)
        box.addLayout(buttons)

    def _accessible(self) -> None:
        name(self.evening, self.tr("Evening"))
        name(self.answered, self.tr("Answered within 24 hours"))
        self.engagement.setToolTip(self.tr("Ctrl+J: this engagement (the latest one)"))
        name(self.save_button, self.tr("Save"))
        name(self.last_button, self.tr("As last time"))
        self.note.setToolTip(self.tr("No names, identity numbers, phone numbers or e-mail."))

    def refill(self) -> None:
        """(Re)load the choices: kinds, units, workers and code labels."""
        fill_combo(self.kind_combo, self.desk.items(codes.KINDS))
        fill_combo(self.unit, [(u.id, u.name) for u in self.desk.units()])
        fill_combo(self.worker, [(w.id, w.name) for w in self.desk.workers()], "–")
        self._filled.clear()  # the code lists are refilled as their kinds are shown
        self._fill_codes(self.kind)
        self._fill_engagements()

    def _fill_codes(self, kind: str) -> None:
        """Fill the code lists of a kind when it is first shown: filling every kind's lists
        at start-up took longer than building the rest of the form."""
        for f in codes.CODED_FIELDS:
            if kind not in f.kinds or f.name in self._filled:
                continue
            if f.multi:
                self.multis[f.name].set_items(self.desk.items(f.codes))
            else:
                none = None if f.required_for else "–"
                fill_combo(self.singles[f.name], self.desk.items(f.codes), none)
            self._filled.add(f.name)

    # -- state ----------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData() or "visit")

    @property
    def editing(self) -> Entry | None:
        return self._editing

    def _on_kind(self) -> None:
        kind = self.kind
        self._fill_codes(kind)
        for key, label in self._captions.items():
            field = fields.BY_NAME.get(key)  # the field table says which kinds have it
            shown = field is None or kind in field.kinds
            label.setVisible(shown)
            buddy = label.buddy()
            if buddy is not None and key != "kind":
                buddy.setVisible(shown)
        self.evening.setVisible(kind in codes.EVENING_KINDS)
        self._show_answered()
        self._show_engagements()
        self.kind_changed.emit(kind)

    def _asks_answered(self) -> bool:
        """Answered within 24 hours: a question only for a contact by e-mail."""
        return self.kind == "contact" and self.singles["form"].currentData() == codes.ANSWERED_FORM

    def _show_answered(self) -> None:
        self.answered.setVisible(self._asks_answered())

    def _fill_engagements(self) -> None:
        """The unit's engagements to choose from, the latest first; none chosen by default."""
        unit_id = self.unit.currentData()
        self._engagement_unit = unit_id
        fill_combo(self.engagement, engagement_choice.choices(self.desk, unit_id), "–")
        self._show_engagements()

    def _takes_engagement(self) -> bool:
        """A team unit's contacts, meetings and time may name one of its engagements."""
        return self.kind in codes.ENGAGEMENT_KINDS and self.engagement.count() > 1

    def _show_engagements(self) -> None:
        if self._engagement_unit != self.unit.currentData():
            self._fill_engagements()  # another unit: its engagements
            return
        shown = self._takes_engagement()
        self._captions["engagement"].setVisible(shown)
        self.engagement.setVisible(shown)

    def pick_recent_engagement(self) -> None:
        """Ctrl+J: this engagement, the one last opened or logged for, in one keystroke."""
        if not self._takes_engagement():
            self.desk.message.emit(
                self.tr(
                    "There is no family engagement to choose here "
                    "(a team's contacts, meetings and time name one)."
                )
            )
            return
        self.engagement.setCurrentIndex(1)
        self.engagement.setFocus()

    def start(self, kind: str) -> None:
        """A fresh form of a kind with the defaults: today, now, my unit, me (1 adult: a visit)."""
        self._editing = None
        select_data(self.kind_combo, kind)
        self._on_kind()
        self.date.set_date(dt.date.today())
        self.time.setText(QDateTime.currentDateTime().toString("HH:mm"))
        select_data(self.unit, self.desk.unit_id)
        select_data(self.worker, self.desk.worker_id)
        for w in self.numbers.values():
            w.clear()
        minutes = self._default_minutes(kind)
        if minutes:  # a default of no minutes is none: the field stays empty to be filled
            self.numbers["minutes"].setText(str(minutes))
        if kind == "visit":
            self.numbers["adults"].setText("1")
        for combo in self.singles.values():
            combo.setCurrentIndex(0)
        for lst in self.multis.values():
            lst.set_checked(())
        self.evening.setChecked(False)
        self.answered.setChecked(False)
        self.engagement.setCurrentIndex(0)
        self.note.clear()
        self.error.clear_error()
        self._show_mode()
        self.first_field().setFocus()

    def _default_minutes(self, kind: str) -> int:
        """A kind's default duration at the chosen unit (set in the admin pages)."""
        unit_id = self.unit.currentData()
        if unit_id is None:
            return DEFAULT_MINUTES.get(kind, 0)
        return durations.default_minutes(self.desk.store, int(unit_id), kind)

    def first_field(self) -> QWidget:
        if self.kind in codes.PEOPLE_KINDS:
            return self.numbers["adults"]
        return self.numbers["minutes"]

    def load(self, entry: Entry, editing: bool) -> None:
        """Fill the form from an entry: to edit it, or as a copy ("as last time")."""
        self.start(entry.kind)
        if editing:
            self._editing = entry
            self.date.set_date(entry.date)
            self.time.setText(entry.time or "")
            self.note.setText(entry.note or "")
        elif entry.time and entry.kind in codes.EVENING_KINDS:
            self.time.setText(entry.time)  # a recurring group keeps its hour
        select_data(self.unit, entry.unit_id)
        if entry.worker_id is not None and self.worker.findData(entry.worker_id) < 0:
            # A worker who has left is not offered for new entries, but an entry of theirs
            # keeps them when it is corrected.
            self.worker.addItem(self.desk.worker_name(entry.worker_id), entry.worker_id)
        select_data(self.worker, entry.worker_id)
        for n in NUMBERS:
            value = getattr(entry, n)
            self.numbers[n].setText("" if value is None else str(value))
        if editing:
            self._offer_retired(entry)
        for f in SINGLE:
            select_data(self.singles[f.name], getattr(entry, f.name))
        for f in MULTI:
            self.multis[f.name].set_checked(getattr(entry, f.name))
        self.evening.setChecked(entry.evening)
        self.answered.setChecked(entry.answered_24h)
        if entry.engagement is not None and self.engagement.findData(entry.engagement) < 0:
            # An engagement closed long ago is not offered, but an entry of it keeps it.
            self.engagement.addItem(entry.engagement, entry.engagement)
        select_data(self.engagement, entry.engagement)
        self._show_answered()
        self._show_engagements()
        self._show_mode()

    def _offer_retired(self, entry: Entry) -> None:
        """A retired code is not offered for new entries, but an entry that has one keeps it
        when it is corrected (as a worker who has left does)."""
        for f in SINGLE:
            value, combo = getattr(entry, f.name), self.singles[f.name]
            if value is not None and combo.findData(value) < 0:
                combo.addItem(self.desk.label(f.codes, value), value)
        for f in MULTI:
            offered = self.desk.items(f.codes)
            missing = [c for c in getattr(entry, f.name) if c not in dict(offered)]
            if missing:
                extra = [(c, self.desk.label(f.codes, c)) for c in missing]
                self.multis[f.name].set_items(offered + extra)

    def _show_mode(self) -> None:
        if self._editing is None:
            self.mode.clear()
            self.save_button.setText(self.tr("&Save"))
        else:
            when = self._editing.date.isoformat()
            self.mode.setText(self.tr("Editing the entry of {date}").format(date=when))
            self.save_button.setText(self.tr("&Save changes"))

    # -- reading --------------------------------------------------------
    def _number(self, field: str) -> int | None:
        text = self.numbers[field].text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            caption = self._captions[field].text().replace("&", "")
            raise FormError(
                field,
                self.tr("{field} must be a whole number, not “{text}”.").format(
                    field=caption, text=text
                ),
            ) from None

    def _date(self) -> dt.date:
        """The date exactly as typed; logging is after the fact, so never a day after today."""
        caption = self._captions["date"].text().replace("&", "")
        value = self.date.date()
        if value is None:
            raise FormError("date", self.date.refusal(caption))
        if value > dt.date.today():
            raise FormError(
                "date",
                self.tr(
                    "{field} {date} is after today: log only what has already happened."
                ).format(field=caption, date=value.isoformat()),
            )
        return value

    def entry(self) -> Entry:
        """The entry the form shows, validated; raises FormError or ValidationError."""
        kind = self.kind
        values: dict = {
            "kind": kind,
            "date": self._date(),
            "unit_id": self.unit.currentData(),
            "worker_id": self.worker.currentData(),
            "time": self.time.text().strip() or None,
            "minutes": self._number("minutes"),
            "evening": self.evening.isChecked() and kind in codes.EVENING_KINDS,
            "note": self.note.text().strip() or None,
        }
        for n in NUMBERS[1:]:  # the counts, each for the kinds its field is of
            if kind in fields.BY_NAME[n].kinds:
                values[n] = self._number(n)
        if self._asks_answered():
            values["answered_24h"] = self.answered.isChecked()
        if self._takes_engagement():
            values["engagement"] = self.engagement.currentData()
        for f in SINGLE:
            if kind in f.kinds:
                values[f.name] = self.singles[f.name].currentData()
        for f in MULTI:
            if kind in f.kinds:
                values[f.name] = self.multis[f.name].checked()
        if self._editing is not None:
            values["id"] = self._editing.id
        entry = validate(Entry(**values), self.desk.book)
        if kind == "contact":
            self._check_contact(entry)
        return entry

    def _check_contact(self, entry: Entry) -> None:
        """A contact is with someone, in some form (SPEC §4): neither may be left out."""
        if entry.form is None:
            raise FormError("form", self.tr("Choose the form of the contact (e.g. phone call)."))
        if entry.people < 1:
            raise FormError(
                "adults",
                self.tr(
                    "A contact needs at least one person met: write how many adults or children."
                ),
            )

    def submit(self) -> None:
        try:
            entry = self.entry()
        except (FormError, ValidationError) as e:
            self.show_error(e.field, str(e))
            return
        self.error.clear_error()
        if entry.engagement is not None:
            engagement_choice.remember(self.desk, entry.unit_id, entry.engagement)
        self.submitted.emit(entry, self._editing is not None)

    def show_error(self, field: str, message: str) -> None:
        self.error.show_error(message)
        widget = self._captions[field].buddy() if field in self._captions else None
        if widget is not None and widget.isVisible():
            widget.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:  # a fresh form; an edit is left unsaved
            self.start(self.kind)
            event.accept()
            return
        super().keyPressEvent(event)

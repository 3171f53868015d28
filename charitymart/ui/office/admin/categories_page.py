"""Household categories (受助家庭类别): the list with how many active households each has, adding
one, renaming the selected one, deactivating and reactivating. The service checks every rule
again (a manager, no duplicate name, no category in use deactivated) and names the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.errors import CharityMartError
from charitymart.services.people import household_categories as categories
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.labels import yes_no_text
from charitymart.ui.office.shared.widgets import MessageLine, ReadOnlyTable, box, page_title


class NameFields:
    """A Chinese and an English name with their labels, checked as typed against the other categories."""

    def __init__(self):
        self.name, self.name_en = QLineEdit(), QLineEdit()
        self.name.setMaxLength(categories.MAX_NAME_LENGTH)
        self.name_en.setMaxLength(categories.MAX_NAME_LENGTH)
        self.name_label, self.name_en_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.name_en_label, self.name_en)

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.name_en.text().strip()

    def clear(self) -> None:
        self.name.clear()
        self.name_en.clear()


class CategoriesPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.categories: list[categories.CategoryListing] = []
        self.title = page_title()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("font-size: 14pt;")
        self.table = ReadOnlyTable(4, stretch=1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_selected_active)
        self.message = MessageLine()

        self.add_box, add = box()
        self.new = NameFields()
        self.add_problem = MessageLine()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_category)
        add.addLayout(self.new.form)
        add.addWidget(self.add_problem)
        add.addWidget(self.add_button, alignment=Qt.AlignRight)

        self.rename_box, rename = box()
        self.renamed = NameFields()
        self.rename_problem = MessageLine()
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self.rename_selected)
        rename.addLayout(self.renamed.form)
        rename.addWidget(self.rename_problem)
        rename.addWidget(self.rename_button, alignment=Qt.AlignRight)

        for fields, check, act in ((self.new, self.check_new, self.add_category),
                                   (self.renamed, self.check_rename, self.rename_selected)):
            for edit in (fields.name, fields.name_en):
                edit.textChanged.connect(check)
                edit.returnPressed.connect(act)

        left = QVBoxLayout()
        left.addWidget(self.explanation)
        left.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.active_button)
        actions.addStretch(1)
        left.addLayout(actions)
        left.addWidget(self.message)
        right = QVBoxLayout()
        right.addWidget(self.add_box)
        right.addWidget(self.rename_box)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Household categories"))
        self.title.setText(self.tr("Household categories"))
        self.explanation.setText(self.tr("New households are given one of the active categories. A category is "
                                         "never deleted: deactivate it once no active household uses it."))
        self.table.set_headers([self.tr("Chinese name"), self.tr("English name"), self.tr("Active"),
                                self.tr("Active households")])
        self.add_box.setTitle(self.tr("Add a category"))
        self.rename_box.setTitle(self.tr("Rename the selected category"))
        for fields in (self.new, self.renamed):
            fields.name_label.setText(self.tr("Chinese name"))
            fields.name_en_label.setText(self.tr("English name"))
        self.new.name.setPlaceholderText(self.tr("e.g. 残疾人家庭"))
        self.new.name_en.setPlaceholderText(self.tr("e.g. Disability"))
        self.add_button.setText(self.tr("Add category"))
        self.rename_button.setText(self.tr("Save the new names"))
        self._selection_changed()
        self.check_new()

    def refresh(self, select_id: int | None = None) -> None:
        self.categories = self.context.read(categories.list_categories)
        self.table.set_rows([(c.name, c.name_en, yes_no_text(c.active), str(c.active_households))
                             for c in self.categories], right_aligned=(3,))
        row = next((i for i, c in enumerate(self.categories) if c.id == select_id), None)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> categories.CategoryListing | None:
        rows = self.table.selectionModel().selectedRows()
        return self.categories[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        category = self.selected()
        self.active_button.setEnabled(category is not None)
        self.active_button.setText(self.tr("Reactivate") if category is not None and not category.active
                                   else self.tr("Deactivate"))
        self.rename_box.setEnabled(category is not None)
        self.renamed.name.setText(category.name if category else "")
        self.renamed.name_en.setText(category.name_en if category else "")
        self.rename_problem.setText("")
        self.check_rename()

    def _problem(self, fields: NameFields, keep_id: int | None) -> str:
        """What is wrong with the typed names ('' if nothing): the service checks the same again."""
        name, name_en = fields.values()
        if not name:
            return self.tr("Chinese name: type the category's name in Chinese.")
        for other in self.categories:
            if other.id == keep_id:
                continue
            taken = {other.name.casefold(), other.name_en.casefold()} - {""}
            if name.casefold() in taken:
                return self.tr("Chinese name: there is already a category called {name}.").format(name=name)
            if name_en and name_en.casefold() in taken:
                return self.tr("English name: there is already a category called {name}.").format(name=name_en)
        return ""

    @staticmethod
    def _show(line: MessageLine, problem: str) -> None:
        if problem:
            line.error(problem)
        else:
            line.setText("")

    def check_new(self) -> bool:
        typed = any(self.new.values())
        problem = self._problem(self.new, None)
        self._show(self.add_problem, problem if typed else "")
        self.add_button.setEnabled(not problem)
        return not problem

    def check_rename(self) -> bool:
        category = self.selected()
        problem = self._problem(self.renamed, category.id) if category else ""
        self._show(self.rename_problem, problem)
        unchanged = category is not None and self.renamed.values() == (category.name, category.name_en)
        self.rename_button.setEnabled(category is not None and not problem and not unchanged)
        return category is not None and not problem

    def add_category(self) -> None:
        if not self.check_new():
            return
        name, name_en = self.new.values()
        try:
            new_id = self.context.write(lambda s: categories.add_category(s, self.context.actor, name, name_en).id)
        except CharityMartError as exc:
            self.add_problem.error(error_text(exc))
            return
        self.new.clear()
        self.message.success(self.tr("The category {name} was added.").format(name=name))
        self.refresh(new_id)

    def rename_selected(self) -> None:
        category = self.selected()
        if category is None or not self.check_rename():
            return
        name, name_en = self.renamed.values()
        try:
            self.context.write(lambda s: categories.rename_category(s, self.context.actor, category.id, name, name_en))
        except CharityMartError as exc:
            self.rename_problem.error(error_text(exc))
            return
        self.message.success(self.tr("The category {old} is now called {name}.").format(old=category.name, name=name))
        self.refresh(category.id)

    def toggle_selected_active(self) -> None:
        category = self.selected()
        if category is None:
            return
        try:
            self.context.write(lambda s: categories.set_category_active(
                s, self.context.actor, category.id, not category.active))
        except CharityMartError as exc:
            self.message.error(error_text(exc))
            return
        self.message.success((self.tr("The category {name} is offered for new households again.")
                              if not category.active
                              else self.tr("The category {name} is no longer offered for new households."))
                             .format(name=category.name))
        self.refresh(category.id)

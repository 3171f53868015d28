"""Label layouts: the built-in sheets and printers and the store's own, the default one, and an
editor for the store's own with every field checked as it is typed and one sheet drawn to scale.

The checks are the service's own (`label_layouts.check_layout`, pure); saving, the default and
deleting go through the services, which check the role again and record an audit event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.domain.label_layouts import LabelLayout, built_in_layout
from charitymart.services.errors import CharityMartError
from charitymart.services.stock import labels
from charitymart.services.stock.label_layouts import MAX_NAME_LENGTH
from charitymart.ui.messages import error_text
from charitymart.ui.office.admin.label_layout_preview import LayoutPreview
from charitymart.ui.office.admin.settings_form import ERROR_STYLE
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.widgets import (
    MessageLine,
    ReadOnlyTable,
    box,
    page_title,
    scrolling,
)

# The editor's fields in the order they are printed on a label sheet's box; the name gets a row
# of its own (long Chinese names), the measurements two to a row.
FIELD_ROWS = (("name",), ("page",), ("rows", "columns"), ("margin_top", "margin_bottom"),
              ("margin_left", "margin_right"), ("gap_x", "gap_y"))
NEW_LAYOUT = {"name": "", "page": "A4", "rows": "8", "columns": "3", "margin_top": "0", "margin_bottom": "0",
              "margin_left": "0", "margin_right": "0", "gap_x": "0", "gap_y": "0"}


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


class LabelLayoutsPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.layouts: list[LabelLayout] = []
        self.default_name = ""
        self.checked: LabelLayout | None = None  # the editor's layout when every field is right
        self.title = page_title()
        self.table = ReadOnlyTable(5, stretch=0)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.default_button, self.delete_button, self.edit_button = QPushButton(), QPushButton(), QPushButton()
        self.default_button.clicked.connect(self.make_selected_default)
        self.delete_button.clicked.connect(self.delete_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.message = MessageLine()

        self.editor_box, editor = box()
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for row, pair in enumerate(FIELD_ROWS):
            for column, key in enumerate(pair):
                edit, caption = QLineEdit(), QLabel()
                edit.setMaxLength(MAX_NAME_LENGTH if key in ("name", "page") else 8)
                edit.textChanged.connect(self.check)
                edit.returnPressed.connect(self.save)
                self.edits[key], self.captions[key] = edit, caption
                edit.setMinimumWidth(90)
                caption.setWordWrap(True)  # "Gap between columns (mm)" takes two lines rather than the page's width
                caption.setMinimumWidth(130)
                caption.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                grid.addWidget(caption, row, column * 2)
                if len(pair) == 1:
                    grid.addWidget(edit, row, 1, 1, 3 if key == "name" else 1)
                else:
                    grid.addWidget(edit, row, column * 2 + 1)
        fields = QWidget()
        fields.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(scrolling(fields), 2)  # on a 1280x720 screen the fields scroll; Save stays in view
        self.problem = MessageLine()
        self.size_line = QLabel()
        self.size_line.setStyleSheet("font-size: 15pt;")
        self.size_line.setWordWrap(True)
        self.new_button, self.save_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(self.new_layout)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor.addWidget(self.problem)
        editor.addWidget(self.size_line)
        self.preview = LayoutPreview()
        editor.addWidget(self.preview, 1)
        editor.addLayout(buttons)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        actions = QGridLayout()  # two rows: the three English labels side by side are too wide for 1280 px
        actions.addWidget(self.edit_button, 0, 0)
        actions.addWidget(self.default_button, 0, 1)
        actions.addWidget(self.delete_button, 1, 0)
        actions.setColumnStretch(2, 1)
        left.addLayout(actions)
        left.addWidget(self.message)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.editor_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        self.retranslate()  # also reads the list
        self.new_layout()

    def captions_text(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "page": self.tr("Page"), "rows": self.tr("Rows"), "columns": self.tr("Columns"),
            "margin_top": self.tr("Top margin (mm)"), "margin_bottom": self.tr("Bottom margin (mm)"),
            "margin_left": self.tr("Left margin (mm)"), "margin_right": self.tr("Right margin (mm)"),
            "gap_x": self.tr("Gap between columns (mm)"), "gap_y": self.tr("Gap between rows (mm)"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Label layouts"))
        self.title.setText(self.tr("Label layouts"))
        self.table.set_headers([self.tr("Layout"), self.tr("Page"), self.tr("Labels"), self.tr("Label size (mm)"),
                                self.tr("Kind")])
        self.editor_box.setTitle(self.tr("The store's own layout"))
        for key, text in self.captions_text().items():
            self.captions[key].setText(text)
        self.edits["page"].setPlaceholderText(self.tr("A4, A5, Letter or 40x30"))
        self.edit_button.setText(self.tr("Copy into the editor"))
        self.default_button.setText(self.tr("Use as the default"))
        self.delete_button.setText(self.tr("Delete"))
        self.new_button.setText(self.tr("New layout"))
        self.save_button.setText(self.tr("Save layout"))
        self.refresh()

    # ----- the list -----
    def refresh(self, select_name: str | None = None) -> None:
        def read(session):
            return labels.list_layouts(session), labels.default_layout_name(session)

        self.layouts, self.default_name = self.context.read(read)
        rows = []
        for layout in self.layouts:
            width, height = layout.label_size
            name = (self.tr("{name} (default)").format(name=layout.name) if layout.name == self.default_name
                    else layout.name)
            kind = self.tr("Built in") if layout.built_in else self.tr("Own")
            rows.append((name, layout.page, self.tr("{rows} x {columns} = {count}").format(
                rows=layout.rows, columns=layout.columns, count=layout.per_page),
                self.tr("{width} x {height}").format(width=f"{width:g}", height=f"{height:g}"), kind))
        self.table.set_rows(rows)
        row = next((i for i, layout in enumerate(self.layouts) if layout.name == select_name), None)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> LabelLayout | None:
        rows = self.table.selectionModel().selectedRows()
        return self.layouts[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        layout = self.selected()
        self.edit_button.setEnabled(layout is not None)
        self.default_button.setEnabled(layout is not None and layout.name != self.default_name)
        self.delete_button.setEnabled(layout is not None and not layout.built_in)
        if layout is not None and not layout.built_in:
            self.fill(layout.settings())

    # ----- the editor -----
    def fill(self, values: dict) -> None:
        for key, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setText(_number(values.get(key, "")))
            edit.blockSignals(False)
        self.check()

    def new_layout(self) -> None:
        self.table.clearSelection()
        self.fill(NEW_LAYOUT)
        self.edits["name"].setFocus()

    def edit_selected(self) -> None:
        """A copy of the selected layout to change and save under a new name (built-ins stay as they are)."""
        layout = self.selected()
        if layout is None:
            return
        values = layout.settings()
        if layout.built_in:
            values["name"] = ""
        self.fill(values)
        self.edits["name"].setFocus()

    def typed(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def check(self) -> bool:
        """Check every field as the service will; mark the wrong one, say why, redraw the sheet."""
        wrong, problem, layout = None, "", None
        try:
            layout = labels.check_layout(self.typed())
        except CharityMartError as exc:
            wrong = exc.field if exc.field in self.edits else None
            problem = self.tr("{field}: {problem}").format(
                field=self.captions_text().get(exc.field, self.tr("Name")), problem=error_text(exc))
        if layout is not None and built_in_layout(layout.name) is not None:
            wrong, layout = "name", None
            problem = self.tr("Name: {name} is a built-in layout; choose another name.").format(
                name=self.edits["name"].text().strip())
        for key, edit in self.edits.items():
            edit.setStyleSheet(f"QLineEdit {{ {ERROR_STYLE} }}" if key == wrong else "")
        self.checked = layout
        if problem:
            self.problem.error(problem)
        else:
            self.problem.setText("")
        self.preview.show_layout(layout)
        if layout is None:
            self.size_line.setText("")
        else:
            width, height = layout.label_size
            self.size_line.setText(self.tr("{count} labels of {width} x {height} mm on each page.").format(
                count=layout.per_page, width=f"{width:g}", height=f"{height:g}"))
        self.save_button.setEnabled(layout is not None)
        return layout is not None

    def save(self) -> None:
        if not self.check():
            return
        typed = self.typed()
        try:
            saved = self.context.write(lambda s: labels.save_layout(s, self.context.actor, typed))
        except CharityMartError as exc:
            self.problem.error(error_text(exc))
            return
        self.message.success(self.tr("The layout {name} was saved.").format(name=saved.name))
        self.refresh(saved.name)

    # ----- default and delete -----
    def make_selected_default(self) -> None:
        layout = self.selected()
        if layout is None:
            return
        try:
            self.context.write(lambda s: labels.set_default_layout(s, self.context.actor, layout.name))
        except CharityMartError as exc:
            self.message.error(error_text(exc))
            return
        self.message.success(self.tr("Labels are now printed with {name} unless another layout is chosen.")
                             .format(name=layout.name))
        self.refresh(layout.name)

    def delete_selected(self) -> None:
        layout = self.selected()
        if layout is None:
            return
        try:
            self.context.write(lambda s: labels.delete_layout(s, self.context.actor, layout.name))
        except CharityMartError as exc:
            self.message.error(error_text(exc))
            return
        self.message.success(self.tr("The layout {name} was deleted.").format(name=layout.name))
        self.refresh()

"""Reading import files (CSV in UTF-8 with or without BOM, or .xlsx) into checked rows.

Row numbers follow the spreadsheet: the header is row 1, so the first data row is row 2.
Parsers collect every problem (row, column, reason) instead of stopping at the first.
"""

from __future__ import annotations

import csv
import errno
import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from charitymart.domain.messages import MessageValueError, format_message, translatable
from charitymart.domain.money import parse_yuan
from charitymart.services.errors import CharityMartError

# The largest whole number (and amount in fen) a cell may hold: what a 32-bit INTEGER column
# stores on PostgreSQL (SQLite stops at 2**63 - 1 with an OverflowError, not a message).
LARGEST_NUMBER = 2**31 - 1

TRUE_WORDS = {"yes", "true", "1", "是", "y"}
FALSE_WORDS = {"no", "false", "0", "否", "n"}


AT_CELL = translatable("row {row}, column {column}: {message}")
AT_ROW = translatable("row {row}: {message}")


class Problem:
    """One bad row/column of an import: `template` and `params` as in CharityMartError."""

    __slots__ = ("column", "params", "row", "template")

    def __init__(self, row: int, column: str, template: str, /, **params: Any):
        self.row, self.column, self.template, self.params = row, column, template, params

    @property
    def message(self) -> str:
        return format_message(self.template, self.params)

    def _key(self) -> tuple:
        return self.row, self.column, self.template, tuple(sorted((k, str(v)) for k, v in self.params.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Problem({self.row!r}, {self.column!r}, {self.message!r})"

    def __str__(self) -> str:
        return format_message(AT_CELL if self.column else AT_ROW,
                              {"row": self.row, "column": self.column, "message": self.message})


class ImportRefused(CharityMartError):
    """Nothing was written; `problems` lists every bad row and column."""

    def __init__(self, problems: list[Problem]):
        super().__init__("1 problem; nothing was imported" if len(problems) == 1  # each count a whole sentence
                         else "{count} problems; nothing was imported", count=len(problems))
        self.problems = problems


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]
    problems: list[Problem] = field(default_factory=list)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_workbook(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # a disk or permission error is not the file's content
            raise
        # junk inside the zip: zipfile seeks to a negative offset
        raise CharityMartError("{file} is not a readable .xlsx workbook: save it again from the spreadsheet program",
                               file=path.name) from exc
    except (zipfile.BadZipFile, zlib.error, KeyError, ValueError, TypeError, IndexError, EOFError,
            InvalidFileException, ElementTree.ParseError) as exc:
        # A truncated or foreign file named .xlsx: openpyxl fails somewhere inside the zip or the XML.
        raise CharityMartError("{file} is not a readable .xlsx workbook: save it again from the spreadsheet program",
                               file=path.name) from exc


def _read_rows(path: Path) -> list[list[str]]:
    if path.suffix.lower() == ".xlsx":
        return _read_workbook(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CharityMartError("{file} is not UTF-8 text: save it as 'CSV UTF-8'", file=path.name) from exc
    try:
        # newline=None: lines may end in CRLF, LF or a bare CR (Excel for Mac).
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text, newline=None))]
    except csv.Error as exc:
        raise CharityMartError("{file} is not a readable CSV file ({reason}): save it as 'CSV UTF-8'",
                               file=path.name, reason=str(exc)) from exc


def read_table(path: Path, required: list[str], optional: list[str] = ()) -> Table:
    if not path.is_file():
        raise CharityMartError("no such file: {path}", path=str(path))
    raw_rows = _read_rows(path)
    if not raw_rows:
        raise ImportRefused([Problem(1, "", "the file is empty: row 1 must be the header")])
    header = [h.strip().lower() for h in raw_rows[0]]
    problems = [Problem(1, col, "required column is missing") for col in required if col not in header]
    known = set(required) | set(optional)
    problems += [Problem(1, col, "unknown column") for col in header if col and col not in known]
    if problems:
        raise ImportRefused(problems)
    rows = []
    for number, values in enumerate(raw_rows[1:], start=2):
        if not any(values):
            continue
        rows.append((number, {col: (values[i] if i < len(values) else "") for i, col in enumerate(header) if col}))
    return Table(columns=header, rows=rows)


class RowReader:
    """Typed access to one row's cells; each bad cell adds a Problem and returns None."""

    def __init__(self, number: int, cells: dict[str, str], problems: list[Problem]):
        self.number, self.cells, self.problems = number, cells, problems

    def problem(self, column: str, template: str, /, **params: Any) -> None:
        self.problems.append(Problem(self.number, column, template, **params))

    def text(self, column: str, *, required: bool = True, max_length: int = 200) -> str | None:
        value = self.cells.get(column, "").strip()
        if not value:
            if required:
                self.problem(column, "is empty")
                return None
            return ""
        if len(value) > max_length:
            self.problem(column, "is longer than {max_length} characters", max_length=max_length)
            return None
        return value

    def _typed(self, column: str, required: bool, parse: Callable[[str], Any], default: Any = None) -> Any:
        value = self.cells.get(column, "").strip()
        if not value:
            if required:
                self.problem(column, "is empty")
            return default
        try:
            return parse(value)
        except MessageValueError as exc:  # MoneyFormatError too
            self.problem(column, exc.template, **exc.params)
            return None

    def money(self, column: str, *, required: bool = True, default: int | None = None) -> int | None:
        def parse(v: str) -> int:
            fen = parse_yuan(v)
            if abs(fen) > LARGEST_NUMBER:
                raise MessageValueError("{value} is too large (at most {largest})", value=repr(v),
                                        largest=f"{LARGEST_NUMBER // 100}.{LARGEST_NUMBER % 100:02d}")
            return fen

        return self._typed(column, required, parse, default)

    def integer(self, column: str, *, required: bool = True, minimum: int | None = 0, default: int | None = None):
        def parse(v: str) -> int:
            try:
                number = int(v)
            except ValueError:
                raise MessageValueError("{value} is not a whole number", value=repr(v)) from None
            if minimum is not None and number < minimum:
                if minimum:
                    raise MessageValueError("{number} is below {minimum}", number=number, minimum=minimum)
                raise MessageValueError("{number} is negative", number=number)
            if abs(number) > LARGEST_NUMBER:
                raise MessageValueError("{value} is too large (at most {largest})", value=repr(v), largest=LARGEST_NUMBER)
            return number

        return self._typed(column, required, parse, default)

    def day(self, column: str, *, required: bool = True) -> date | None:
        def parse(v: str) -> date:
            try:
                return date.fromisoformat(v)
            except ValueError:
                raise MessageValueError("{value} is not a date (YYYY-MM-DD)", value=repr(v)) from None

        return self._typed(column, required, parse)

    def boolean(self, column: str, *, default: bool) -> bool | None:
        def parse(v: str) -> bool:
            word = v.strip().lower()
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
            raise MessageValueError("{value} is not yes/no", value=repr(v))

        return self._typed(column, False, parse, default)

    def choice(self, column: str, choices: tuple[str, ...], *, default: str | None = None) -> str | None:
        def parse(v: str) -> str:
            if v.lower() not in choices:
                raise MessageValueError("{value} is not one of {choices}", value=repr(v), choices=", ".join(choices))
            return v.lower()

        return self._typed(column, default is None, parse, default)

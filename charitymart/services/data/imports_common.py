"""Pieces shared by the importers (services.imports_*): running one row's service call in a
SAVEPOINT so a refusal becomes a Problem, keys repeated in a file, choices with aliases."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from charitymart.services.context import Actor
from charitymart.services.errors import AT_LINE, CharityMartError, Message, PermissionDenied
from charitymart.services.people.identity_vault import IdentityKeyMissing
from charitymart.services.tabular import Problem, RowReader, Table

# (session, actor, table, problems) -> (added, updated)
Runner = Callable[[Session, Actor, Table, list[Problem]], tuple[int, int]]


@dataclass(frozen=True)
class Spec:
    required: list[str]
    optional: list[str]
    run: Runner


def attempt(session: Session, problems: list[Problem], rows: Sequence[int], columns: Sequence[str],
            call: Callable[[], object], fields: Mapping[str, str] = (), *,
            row_for_field: Mapping[str, int] = ()) -> bool:
    """Run `call` in a SAVEPOINT. A service's refusal rolls the savepoint back and becomes a Problem:
    on rows[line - 1] when the error names a line (intake), else on row_for_field[field] or rows[0];
    in the column the service's field maps to (`fields`), if the file has that column."""
    try:
        with session.begin_nested():
            call()
        return True
    except (PermissionDenied, IdentityKeyMissing):
        raise  # not a row's fault: the whole import can't run
    except CharityMartError as exc:
        field = exc.field or ""
        column = dict(fields).get(field, field)
        line = getattr(exc, "line", None)
        template, params = exc.template, exc.params
        if line and 1 <= line <= len(rows):
            row = rows[line - 1]
            inner = params.get("message")
            if template == AT_LINE and isinstance(inner, Message):  # the row says which line
                template, params = inner.template, inner.params
        else:
            row = dict(row_for_field).get(field, rows[0])
        problems.append(Problem(row, column if column in columns else "", template, **params))
    except IntegrityError:
        problems.append(Problem(rows[0], "", "conflicts with a record already in the store"))
    return False


class Keys:
    """The key column's values seen so far: a repeat is a problem naming the first row.
    `repeated` is its whole message, with {key} and {row}: "barcode {key} is also on row {row}: ..."."""

    def __init__(self, column: str, repeated: str):
        self.column, self.repeated, self.seen = column, repeated, {}

    def first_use(self, reader: RowReader, key: str, shown: str | None = None) -> bool:
        """`shown` replaces the key in the message (a masked ID number)."""
        first = self.seen.setdefault(key, reader.number)
        if first != reader.number:
            reader.problem(self.column, self.repeated, key=shown or key, row=first)
            return False
        return True


def pick(reader: RowReader, column: str, choices: Sequence[str], aliases: Mapping[str, str] = (),
         *, default: str | None = None) -> str | None:
    """One of `choices` (case-insensitive, or a listed alias such as 个人 for person); an empty
    cell is `default`, or a problem when there is none."""
    raw = reader.cells.get(column, "").strip()
    if not raw:
        if default is None:
            reader.problem(column, "is empty")
        return default
    word = dict(aliases).get(raw.lower(), raw.lower())
    if word in choices:
        return word
    reader.problem(column, "{value} is not one of {choices}", value=repr(raw), choices=", ".join(choices))
    return None


def positive(reader: RowReader, column: str) -> int | None:
    """A whole number of at least 1 (a quantity)."""
    value = reader.integer(column)
    if value == 0:
        reader.problem(column, "must be at least 1")
        return None
    return value

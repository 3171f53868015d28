"""Importing spreadsheets (`charitymart import KIND FILE.csv|FILE.xlsx`): catalog, donors,
donations, beneficiaries, volunteers, expenses. Columns, types and rules: docs/import-formats.md.

All or nothing, in the caller's transaction. Every row is checked first (cell types with
tabular.RowReader, keys repeated within the file, unknown codes, check digits), then each good
row's service call runs in its own SAVEPOINT, so a refusal by the service (its ValidationError's
field, an intake error's line) becomes a Problem with the right row and column and the next rows
are still tried: the manager sees every bad row at once. With any problem the whole import is
rolled back (an outer SAVEPOINT, so nothing is written even if the caller went on to commit) and
tabular.ImportRefused lists them. The records are written by the usual services, so each has
its audit event and every check a form would make.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from charitymart.services.context import Actor, require_role
from charitymart.services.data.imports_common import Spec
from charitymart.services.data.imports_money import EXPENSES
from charitymart.services.data.imports_people import BENEFICIARIES, VOLUNTEERS
from charitymart.services.data.imports_stock import CATALOG, DONATIONS, DONORS
from charitymart.services.errors import ValidationError
from charitymart.services.tabular import ImportRefused, read_table

SPECS: dict[str, Spec] = {
    "catalog": CATALOG,
    "donors": DONORS,
    "donations": DONATIONS,
    "beneficiaries": BENEFICIARIES,
    "volunteers": VOLUNTEERS,
    "expenses": EXPENSES,
}
KINDS = tuple(SPECS)
PROGRESS_EVERY = 25  # rows between two calls of an import's progress callback

# progress(rows_done, rows_total); whatever it raises (a Cancel) rolls the whole import back
Progress = Callable[[int, int], None]


class _ReportingRows(Sequence):
    """A table's rows that call `progress` as the importer walks through them, so a window can
    show "120 of 400" and a Cancel raised from the callback stops the import between rows."""

    def __init__(self, rows: list, progress: Progress):
        self.rows, self.progress = rows, progress

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    def __iter__(self) -> Iterator:
        total = len(self.rows)
        for done, row in enumerate(self.rows):
            if done % PROGRESS_EVERY == 0:
                self.progress(done, total)
            yield row


@dataclass(frozen=True)
class ImportResult:
    kind: str
    rows: int  # data rows read (blank rows are skipped)
    added: int  # records added (donations: lines, one a row)
    updated: int  # existing records (same barcode, code or card number) updated


def columns(kind: str) -> tuple[list[str], list[str]]:
    """(required, optional) columns of an import kind."""
    spec = _spec(kind)
    return list(spec.required), list(spec.optional)


def _spec(kind: str) -> Spec:
    spec = SPECS.get(kind)
    if spec is None:
        raise ValidationError("an import is one of {choices}", field="kind", choices=", ".join(KINDS))
    return spec


def import_file(session: Session, actor: Actor, kind: str, path: str | Path,
                progress: Progress | None = None) -> ImportResult:
    """Import FILE (.csv in UTF-8, or .xlsx) of `kind`; ImportRefused lists every bad row.
    `progress(done, total)` is called every PROGRESS_EVERY rows and once more when every row is
    done, before anything is kept: an exception it raises rolls everything back and propagates."""
    require_role(actor, "manager", "importing records needs a manager")
    spec = _spec(kind)
    table = read_table(Path(path), spec.required, spec.optional)  # missing columns: refused here
    problems = list(table.problems)
    if progress is not None:
        table.rows = _ReportingRows(table.rows, progress)
    everything = session.begin_nested()
    try:
        added, updated = spec.run(session, actor, table, problems)
        if progress is not None:
            progress(len(table.rows), len(table.rows))
    except BaseException:
        everything.rollback()
        raise
    if problems:
        everything.rollback()
        order = {column: i for i, column in enumerate(table.columns)}
        raise ImportRefused(sorted(problems, key=lambda p: (p.row, order.get(p.column, len(order)))))
    everything.commit()
    return ImportResult(kind=kind, rows=len(table.rows), added=added, updated=updated)


def check_file(session: Session, actor: Actor, kind: str, path: str | Path,
               progress: Progress | None = None) -> ImportResult:
    """A dry run: every check and every service call of import_file, then all of it rolled back,
    so the manager learns what an import would do (or every problem it has) and nothing changes."""
    trial = session.begin_nested()
    try:
        return import_file(session, actor, kind, path, progress)
    finally:
        if trial.is_active:
            trial.rollback()

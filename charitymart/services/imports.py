"""Importing spreadsheets (`charitymart import KIND FILE.csv|FILE.xlsx`): catalog, donors,
donations, beneficiaries, volunteers. Columns, types and rules: docs/import-formats.md.

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

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from charitymart.services.context import Actor, require_role
from charitymart.services.errors import ValidationError
from charitymart.services.imports_common import Spec
from charitymart.services.imports_people import BENEFICIARIES, VOLUNTEERS
from charitymart.services.imports_stock import CATALOG, DONATIONS, DONORS
from charitymart.services.tabular import ImportRefused, read_table

SPECS: dict[str, Spec] = {
    "catalog": CATALOG,
    "donors": DONORS,
    "donations": DONATIONS,
    "beneficiaries": BENEFICIARIES,
    "volunteers": VOLUNTEERS,
}
KINDS = tuple(SPECS)


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


def import_file(session: Session, actor: Actor, kind: str, path: str | Path) -> ImportResult:
    """Import FILE (.csv in UTF-8, or .xlsx) of `kind`; ImportRefused lists every bad row."""
    require_role(actor, "manager", "importing records needs a manager")
    spec = _spec(kind)
    table = read_table(Path(path), spec.required, spec.optional)  # missing columns: refused here
    problems = list(table.problems)
    everything = session.begin_nested()
    try:
        added, updated = spec.run(session, actor, table, problems)
    except BaseException:
        everything.rollback()
        raise
    if problems:
        everything.rollback()
        order = {column: i for i, column in enumerate(table.columns)}
        raise ImportRefused(sorted(problems, key=lambda p: (p.row, order.get(p.column, len(order)))))
    everything.commit()
    return ImportResult(kind=kind, rows=len(table.rows), added=added, updated=updated)

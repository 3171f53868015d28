"""Fault campaign (b): thousands of mutated import files per kind (catalog, donors, donations,
beneficiaries, volunteers; CSV and XLSX) through the service `charitymart import` uses.

    python benchmarks/faults/mutate_imports.py --per-kind 2000 --seed 1
    python benchmarks/faults/mutate_imports.py --quick

Each file starts from a valid example (docs/examples) and gets one to three random mutations:
other encodings (GBK, UTF-16, Latin-1), BOM added or removed, CRLF or CR line ends, missing,
extra, duplicated or reordered columns, huge, negative or fractional numbers, NUL bytes,
formula-like cells, long or blank cells, repeated or ragged rows, a truncated file, an empty
file, binary junk. Each import runs on a fresh copy of a small store. The outcome must be
accepted, or refused with the service's own error (CharityMartError, an ImportRefused naming
row and column); anything else is a traceback. After a refusal the hash of every table's
contents must be what it was. See docs/reliability.md.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import faultkit

KINDS = ("catalog", "donors", "donations", "beneficiaries", "volunteers")
EXAMPLES = faultkit.REPO / "docs" / "examples"
HUGE = ("1" + "0" * 30, "9" * 5000, "1e308", "99999999999999999999.99", str(2**63), "-" + "9" * 20, "inf", "NaN")
FORMULAS = ("=SUM(A1:A9)", "+1+2", "-3-4", "@cmd", "=HYPERLINK(\"http://x\")", "=1/0", "\t=1")
JUNK = ("\x00", "\x00\x00abc", "abc\x00", "\ufeff", "\u202e", "😀", "\r", "\n", '"', '""x', "'", "\\", ";", "|")


def _example_rows(kind: str) -> list[list[str]]:
    text = (EXAMPLES / f"{kind}.csv").read_text(encoding="utf-8-sig")
    return [row for row in csv.reader(io.StringIO(text))]


# ----- mutations of the table (rows of cells) ----------------------------------------------

def _cell(rows, rng):
    r = rng.randrange(1, len(rows)) if len(rows) > 1 else 0
    return r, rng.randrange(len(rows[r])) if rows[r] else 0


def m_huge(rows, rng):
    r, c = _cell(rows, rng)
    if rows[r]:
        rows[r][c] = rng.choice(HUGE)
    return "huge number"


def m_negative(rows, rng):
    r, c = _cell(rows, rng)
    if rows[r]:
        rows[r][c] = rng.choice(("-1", "-0.01", "-100", "0", "-0", "1.5", "0.001", "1,000", "¥12", "12元"))
    return "negative/fraction"


def m_nul(rows, rng):
    r, c = _cell(rows, rng)
    if rows[r]:
        text = rows[r][c]
        at = rng.randrange(len(text) + 1)
        rows[r][c] = text[:at] + rng.choice(JUNK) + text[at:]
    return "NUL/junk character"


def m_formula(rows, rng):
    r, c = _cell(rows, rng)
    if rows[r]:
        rows[r][c] = rng.choice(FORMULAS)
    return "formula-like cell"


def m_blank(rows, rng):
    r, c = _cell(rows, rng)
    if rows[r]:
        rows[r][c] = rng.choice(("", " ", "\u3000", "   "))
    return "blank cell"


def m_long(rows, rng):
    r, c = _cell(rows, rng)
    if rows[r]:
        rows[r][c] = rng.choice(("x", "长", "6")) * rng.choice((201, 1000, 100_000))
    return "long cell"


def m_missing_column(rows, rng):
    c = rng.randrange(len(rows[0]))
    for row in rows:
        if c < len(row):
            del row[c]
    return "missing column"


def m_extra_column(rows, rng):
    rows[0].append(rng.choice(("notes", "备注", "", "Price", "barcode ")))
    for row in rows[1:]:
        row.append("extra")
    return "extra column"


def m_duplicate_column(rows, rng):
    c = rng.randrange(len(rows[0]))
    for i, row in enumerate(rows):
        if c < len(row):
            row.append(row[c] if i == 0 else rng.choice((row[c], "other")))
    return "duplicate column"


def m_header_case(rows, rng):
    c = rng.randrange(len(rows[0]))
    rows[0][c] = rng.choice((rows[0][c].upper(), " " + rows[0][c] + " ", rows[0][c].title()))
    return "header case/spaces"


def m_reorder(rows, rng):
    order = list(range(len(rows[0])))
    rng.shuffle(order)
    for i, row in enumerate(rows):
        rows[i] = [row[j] for j in order if j < len(row)]
    return "reordered columns"


def m_repeat_row(rows, rng):
    if len(rows) > 1:
        rows.insert(rng.randrange(1, len(rows) + 1), list(rng.choice(rows[1:])))
    return "repeated row"


def m_ragged(rows, rng):
    if len(rows) > 1:
        r = rng.randrange(1, len(rows))
        rows[r] = rows[r][: rng.randrange(len(rows[r]) + 1)] if rng.random() < 0.5 else rows[r] + ["x", "y"]
    return "ragged row"


def m_only_header(rows, rng):
    del rows[1:]
    return "header only"


def m_swap_cells(rows, rng):
    if len(rows) > 2:
        a, b = rng.sample(range(1, len(rows)), 2)
        c = rng.randrange(min(len(rows[a]), len(rows[b])) or 1)
        if c < len(rows[a]) and c < len(rows[b]):
            rows[a][c], rows[b][c] = rows[b][c], rows[a][c]
    return "cells swapped between rows"


TABLE_MUTATIONS = (m_huge, m_negative, m_nul, m_formula, m_blank, m_long, m_missing_column, m_extra_column,
                   m_duplicate_column, m_header_case, m_reorder, m_repeat_row, m_ragged, m_only_header, m_swap_cells)


# ----- writing the file, and mutations of its bytes ----------------------------------------

def write_csv(rows, rng) -> tuple[bytes, list[str]]:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    text, done = out.getvalue(), []
    ending = rng.choice(("\n", "\n", "\r\n", "\r"))
    if ending != "\n":
        text = text.replace("\n", ending)
        done.append("CRLF" if ending == "\r\n" else "CR")
    encoding = rng.choices(("utf-8", "utf-8-sig", "gbk", "utf-16", "latin-1", "utf-16-le"), (30, 30, 15, 10, 10, 5))[0]
    if encoding != "utf-8":
        done.append(encoding)
    data = text.encode(encoding, errors="replace")
    return data, done


def write_xlsx(rows, rng) -> tuple[bytes, list[str]]:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    done = []
    typed = rng.random() < 0.5
    for row in rows:
        values = []
        for value in row:
            value = "".join(ch for ch in value if ch >= " " or ch in "\t\n\r")  # openpyxl refuses control characters
            if typed and value and value.lstrip("-").replace(".", "", 1).isdigit() and len(value) < 300:
                values.append(float(value) if "." in value else int(value))
            else:
                values.append(value)
        sheet.append(values)
    if typed:
        done.append("numbers as numbers")
    if rng.random() < 0.15 and sheet.max_row > 1:
        from datetime import datetime

        sheet.cell(row=2, column=rng.randint(1, sheet.max_column), value=rng.choice(
            (datetime(2026, 3, 2), True, 3.14159, -7, 10**20, "=1+1", None)))
        done.append("odd typed cell")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), done


def byte_mutation(data: bytes, rng) -> tuple[bytes, str]:
    choice = rng.randrange(5)
    if choice == 0:
        return data[: rng.randrange(max(1, len(data)))], "truncated"
    if choice == 1:
        return b"", "empty file"
    if choice == 2:
        return bytes(rng.randrange(256) for _ in range(rng.choice((1, 16, 512, 4096)))), "binary junk"
    if choice == 3:
        at = rng.randrange(len(data) + 1)
        return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + data[at:], "junk bytes inside"
    return b"\xef\xbb\xbf" + data if not data.startswith(b"\xef\xbb\xbf") else data[3:], "BOM toggled"


def mutated_file(kind: str, fmt: str, rng) -> tuple[bytes, list[str]]:
    rows = [list(row) for row in _example_rows(kind)]
    done = [rng.choice(TABLE_MUTATIONS)(rows, rng) for _ in range(rng.choice((0, 1, 1, 2, 3)))]
    data, written = (write_csv if fmt == "csv" else write_xlsx)(rows, rng)
    done += written
    if rng.random() < 0.2:
        data, what = byte_mutation(data, rng)
        done.append(what)
    return data, done or ["unchanged"]


# ----- the store and one import ------------------------------------------------------------

def prepare_store(path: Path) -> None:
    """A new store with the example catalog and donors (so the example donations are valid)."""
    from charitymart.services.data.imports import import_file
    from charitymart.services.store.setup import create_store, open_store

    handle = open_store(path)
    try:
        with handle.sessions.begin() as s:
            create_store(s, name="Faults", admin_name="Admin", admin_pin="1234")
        for kind in ("catalog", "donors"):
            with handle.sessions.begin() as s:
                import_file(s, _actor(s), kind, EXAMPLES / f"{kind}.csv")
    finally:
        handle.close()
    faultkit.checkpoint(path)


def _actor(session):
    """The command line's actor: the store's first admin (cli._cli_actor)."""
    from sqlalchemy import select

    from charitymart.db.models import User
    from charitymart.services.context import Actor

    user = session.scalar(select(User).where(User.role == "admin").order_by(User.id))
    return Actor(user_id=user.id, name=user.name, role=user.role, till_id=None)


def import_once(db: Path, kind: str, path: Path):
    """("accepted", result) | ("refused", error) | ("traceback", text) — as `charitymart import` runs it."""
    from charitymart.services.data.imports import import_file
    from charitymart.services.errors import CharityMartError
    from charitymart.services.store.setup import open_store

    handle = open_store(db, migrate_schema=False)
    try:
        with handle.sessions.begin() as s:
            result = import_file(s, _actor(s), kind, path)
        return "accepted", result
    except CharityMartError as exc:
        return "refused", exc
    except Exception:  # noqa: BLE001 - exactly what the campaign counts
        return "traceback", traceback.format_exc()
    finally:
        handle.close()


def _names_place(exc) -> bool:
    """A refusal names the row (and column, when one cell is at fault), or is about the whole file."""
    problems = getattr(exc, "problems", None)
    if problems is None:
        return bool(str(exc).strip())
    return bool(problems) and all(p.row >= 1 and str(p).startswith("row ") for p in problems)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-kind", type=int, default=2000, help="mutated files per kind, half CSV, half XLSX")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--quick", action="store_true", help="smoke run: 40 files per kind")
    parser.add_argument("--keep-failures", type=Path, help="copy each failing file into this folder")
    args = parser.parse_args(argv)
    if args.quick:
        args.per_kind = 40
    rng = random.Random(args.seed)
    home = faultkit.throwaway_home("imports")
    started = time.monotonic()
    template, work = home / "template.sqlite", home / "work.sqlite"
    prepare_store(template)
    clean_hash = faultkit.content_hash(template)
    tally: dict[str, Counter] = {}
    failures: list[str] = []
    mutations: Counter = Counter()
    for kind in args.kinds.split(","):
        counts = tally.setdefault(kind, Counter())
        for n in range(args.per_kind):
            fmt = "csv" if n % 2 == 0 else "xlsx"
            data, done = mutated_file(kind, fmt, rng)
            mutations.update(done)
            source = home / f"{kind}-{n}.{fmt}"
            source.write_bytes(data)
            faultkit.copy_store(template, work)
            outcome, detail = import_once(work, kind, source)
            counts[f"{fmt} {outcome}"] += 1
            bad = None
            if outcome == "traceback":
                bad = f"TRACEBACK ({', '.join(done)}): {detail.strip().splitlines()[-1]}"
            elif outcome == "refused":
                if faultkit.content_hash(work) != clean_hash:
                    bad = f"PARTIAL IMPORT ({', '.join(done)}): refused with {detail} but the store changed"
                    counts["partial"] += 1
                elif not _names_place(detail):
                    bad = f"UNCLEAR ({', '.join(done)}): {detail}"
                    counts["unclear"] += 1
            if bad:
                failures.append(f"{kind} {fmt} #{n}: {bad}")
                if args.keep_failures:
                    args.keep_failures.mkdir(parents=True, exist_ok=True)
                    (args.keep_failures / source.name).write_bytes(data)
            source.unlink()
    elapsed = time.monotonic() - started
    rows = [("seed", args.seed), ("files", sum(sum(v for k, v in c.items() if " " in k) for c in tally.values()))]
    for kind, counts in tally.items():
        rows.append((kind, ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))
    tracebacks = sum(c["csv traceback"] + c["xlsx traceback"] for c in tally.values())
    rows += [("tracebacks", tracebacks), ("partial imports", sum(c["partial"] for c in tally.values())),
             ("refusals not naming row/column", sum(c["unclear"] for c in tally.values())),
             ("duration", f"{elapsed:.0f} s")]
    print(faultkit.summary("mutate_imports: mutated import files through the import service", rows))
    print("mutations applied:", ", ".join(f"{k} {v}" for k, v in mutations.most_common()))
    distinct = Counter(f.split(": ", 1)[1].split("): ", 1)[-1][:160] for f in failures)
    for text, count in distinct.most_common(15):
        print(f"FAILURE x{count}: {text}")
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())

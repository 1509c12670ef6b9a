"""Read a spreadsheet (``.xlsx`` or ``.csv``) into header + rows of plain strings.

CSV from Vietnamese Excel comes in UTF-8, UTF-8 with BOM or Windows-1258 (whose
tone marks are combining characters): decode, then NFC. Excel is read in
openpyxl's read-only (streaming) mode, which is several times faster on big
sheets.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.progress import CancelToken, ProgressFn, check, report
from app.text import nfc

CTX = "catalog"
ENCODINGS = ("utf-8-sig", "cp1258")  # utf-8-sig also reads plain UTF-8
MAX_ROWS = 200_000


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    encoding: str = ""  # for CSV: which one worked
    row_numbers: list[int] = field(default_factory=list)  # the sheet's own numbers, for messages
    folder: Path | None = None  # where the sheet is: photo names in it are relative to this


def _unreadable(path: Path, why: str) -> UserFacingError:
    return UserFacingError(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "catalog",
                "Không đọc được bảng tính %1. Hãy mở nó bằng Excel, lưu lại dạng .xlsx hoặc .csv rồi thử lại.",
            ),
            (path.name,),
        ),
        why,
    )


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 150000 as 150000.0
    if isinstance(value, datetime | date):
        return value.isoformat()
    return nfc(str(value)).strip()


def decode_csv_bytes(raw: bytes) -> tuple[str, str]:
    for encoding in ENCODINGS:
        try:
            return nfc(raw.decode(encoding)), encoding
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("cp1258", raw, 0, 1, "not UTF-8 nor Windows-1258")


def _read_csv(path: Path, cancel: CancelToken | None) -> Table:
    try:
        text, encoding = decode_csv_bytes(path.read_bytes())
    except UnicodeDecodeError as exc:
        raise _unreadable(path, str(exc)) from exc
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        headers = [cell.strip() for cell in next(reader)]
    except StopIteration:
        return Table([], [], encoding)
    except csv.Error as exc:
        raise _unreadable(path, str(exc)) from exc
    rows: list[list[str]] = []
    try:
        for index, row in enumerate(reader):
            if index % 1000 == 0:
                check(cancel)
            rows.append([cell.strip() for cell in row])
    except csv.Error as exc:
        raise _unreadable(path, str(exc)) from exc
    return Table(headers, rows, encoding)


def _iter_xlsx(path: Path) -> Iterator[tuple]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        yield from sheet.iter_rows(values_only=True)
    finally:
        workbook.close()


def _read_xlsx(path: Path, progress: ProgressFn | None, cancel: CancelToken | None) -> Table:
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        rows_iter = _iter_xlsx(path)
        headers = [_cell_text(v) for v in next(rows_iter, ())]
        rows: list[list[str]] = []
        for index, row in enumerate(rows_iter):
            if index % 500 == 0:
                check(cancel)
                report(progress, min(0.99, index / 20_000), "")
            if index >= MAX_ROWS:
                break
            rows.append([_cell_text(v) for v in row])
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        ValueError,
        OSError,
        EOFError,
    ) as exc:
        raise _unreadable(path, str(exc)) from exc
    return Table(headers, rows, "xlsx")


def read_table(
    path: Path, progress: ProgressFn | None = None, cancel: CancelToken | None = None
) -> Table:
    """Rows with trailing empty cells kept; fully empty rows dropped."""
    if not path.is_file():
        raise _unreadable(path, "missing")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path, progress, cancel)
    elif suffix in (".csv", ".txt"):
        table = _read_csv(path, cancel)
    else:
        raise UserFacingError(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("catalog", "Tệp %1 không phải bảng tính .xlsx hoặc .csv."),
                (path.name,),
            )
        )
    table.folder = path.resolve().parent
    while table.headers and not table.headers[-1]:
        table.headers.pop()
    kept = [(number, row) for number, row in enumerate(table.rows, start=2) if any(row)]
    table.row_numbers = [number for number, _ in kept]
    table.rows = [row for _, row in kept]
    return table

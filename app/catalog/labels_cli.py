"""``python main.py catalog labels SKU[xN] ... -o FILE.pdf [--layout NAME] [--code auto|ean13|code128]``."""

from __future__ import annotations

import sys
from pathlib import Path

from app.catalog.barcodes import SYMBOLOGIES


def add_parser(commands) -> None:
    labels = commands.add_parser(
        "labels", help="barcode labels for products on A4 label sheets, as a PDF"
    )
    labels.add_argument(
        "skus", nargs="+", metavar="SKU[xN]", help="a variant's SKU, xN for N labels (NON-1x10)"
    )
    labels.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    labels.add_argument(
        "--layout", default="a4-65", help="label sheet: a4-65, a4-40, a4-24, a4-21 (default a4-65)"
    )
    labels.add_argument(
        "--code",
        choices=SYMBOLOGIES,
        default="auto",
        help="auto: EAN-13 when the product has a valid one, else Code 128 (default)",
    )
    labels.add_argument(
        "--skip", type=int, default=0, help="leave the first N labels of the sheet empty (used)"
    )


def run(args, db) -> int:
    from app.catalog.labels import get_layout, label_items, parse_requests, write_labels_pdf
    from app.store.engine import session_scope

    layout = get_layout(args.layout)  # an unknown layout is refused before anything else
    with session_scope(db.sessions) as session:
        requests = parse_requests(session, args.skus)
        items, notes = label_items(session, requests, args.code)
    for note in notes:
        print(f"  - {note.render()}", file=sys.stderr)
    output = (
        args.output if args.output.suffix.lower() == ".pdf" else args.output.with_suffix(".pdf")
    )
    pages = write_labels_pdf(items, layout, output, skip=args.skip)
    print(f"Đã in {len(items)} tem ({layout.name}) ra {output}: {pages} trang.")
    return 0

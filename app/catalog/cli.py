"""``python main.py catalog import|export|search|demo`` — the catalog without a window.

User mistakes (a bad file, a rule broken) print one Vietnamese line on stderr
and return non-zero; per-row problems are listed one per line after it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.errors import classify
from app.progress import Cancelled

EXPORT_FORMATS = ("xlsx", "csv", "shopee", "tiktok")


def register(subparsers) -> None:
    parser = subparsers.add_parser("catalog", help="products: import, export, search, demo shop")
    commands = parser.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)

    importing = commands.add_parser("import", help="import products from .xlsx or .csv")
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--dry-run", action="store_true", help="only check and show what would change"
    )
    importing.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows, skip the bad"
    )

    exporting = commands.add_parser(
        "export", help="export to xlsx/csv or a marketplace bulk-upload sheet"
    )
    exporting.add_argument("--format", choices=EXPORT_FORMATS, default="xlsx")
    exporting.add_argument("-o", "--output", type=Path, required=True)
    exporting.add_argument(
        "--skip-invalid",
        action="store_true",
        help="marketplaces: export the products that pass, list the others",
    )
    exporting.add_argument(
        "--with-photos",
        action="store_true",
        help="marketplaces: write marketplace-ready photos beside the sheet",
    )

    searching = commands.add_parser("search", help="search products (accents optional)")
    searching.add_argument("query")
    searching.add_argument("--json", action="store_true")
    searching.add_argument("--limit", type=int, default=50)

    commands.add_parser("demo", help="fill a demo craft-village shop")
    from app.catalog import labels_cli

    labels_cli.add_parser(commands)
    from app.sync import catalog_cli  # edit/stock/count/photo/delete/show (sync's scripts)

    catalog_cli.add_parsers(commands)
    parser.set_defaults(func=run)


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def run(args) -> int:
    _utf8_streams()
    from app.store.migrate import open_database

    try:
        db = open_database(args.paths)
    except Exception as exc:
        return _fail(exc)
    try:
        handler = {"import": _import, "export": _export, "search": _search, "demo": _demo}
        handler["labels"] = _labels
        from app.sync.catalog_cli import HANDLERS as EDIT_HANDLERS

        handler.update(EDIT_HANDLERS)
        return handler[args.catalog_command](args, db)
    except Cancelled:
        print("Đã huỷ.", file=sys.stderr)
        return 130
    except Exception as exc:
        return _fail(exc)
    finally:
        db.close()


def _fail(exc: BaseException) -> int:
    known = classify(exc)
    if known is None:
        raise exc
    print(known.message.render(), file=sys.stderr)
    for line in getattr(known, "violations", [])[:500]:
        print(f"  - {line.render()}", file=sys.stderr)
    return 2


def _import(args, db) -> int:
    from app.catalog.io.columns import guess_mapping
    from app.catalog.io.importer import apply_import, preview_import
    from app.catalog.io.tables import read_table
    from app.store.engine import session_scope

    table = read_table(args.file)
    with session_scope(db.sessions) as session:
        preview = preview_import(session, table, guess_mapping(table.headers))
    print(
        f"{preview.total_rows} dòng: {preview.to_create} sản phẩm mới, {preview.to_update} sản phẩm cập nhật, "
        f"{len(preview.bad_rows)} dòng lỗi."
    )
    for issue in preview.issues:
        print(f"  Dòng {issue.render()}", file=sys.stderr)
    for note in preview.notes:  # photo links: the rows still import
        print(f"  Dòng {note.render()}", file=sys.stderr)
    if args.dry_run:
        print("Chạy thử (--dry-run): chưa ghi gì.")
        return 1 if preview.issues else 0
    from app.store.media import MediaStore

    result = apply_import(
        db.sessions, preview, skip_bad_rows=args.skip_bad_rows, store=MediaStore(db.paths)
    )
    print(
        f"Đã nhập: {result.created} mới, {result.updated} cập nhật, bỏ qua {len(result.skipped_rows)} dòng lỗi."
        + (f" Thêm {result.photos_added} ảnh." if result.photos_added else "")
    )
    return 0


def _export(args, db) -> int:
    from app.catalog.io.exporter import export_catalog
    from app.catalog.io.marketplace_export import export_marketplace
    from app.catalog.io.snapshot import load_snapshot
    from app.store.engine import session_scope
    from app.store.media import MediaStore

    with session_scope(db.sessions) as session:
        snapshots = load_snapshot(session)
    output = args.output
    if args.format in ("xlsx", "csv"):
        if output.suffix.lower() != f".{args.format}":
            output = output.with_suffix(f".{args.format}")
        export_catalog(snapshots, output)
        print(f"Đã xuất {len(snapshots)} sản phẩm ra {output}")
        return 0
    store = MediaStore(db.paths) if args.with_photos else None
    result = export_marketplace(
        snapshots, args.format, output, store=store, skip_invalid=args.skip_invalid
    )
    for violation in result.violations:
        print(f"  - {violation.render()}", file=sys.stderr)
    print(
        f"Đã xuất {result.written_products} sản phẩm ra {output}"
        + (
            f"; {len({v.product_id for v in result.violations})} sản phẩm bị bỏ qua vì chưa đạt yêu cầu."
            if result.violations
            else ""
        )
    )
    return 0


def _search(args, db) -> int:
    from app.catalog import search
    from app.store.engine import session_scope
    from app.text import format_vnd

    with session_scope(db.sessions) as session:
        rows = search.fetch_rows(session, search.SearchQuery(args.query), limit=args.limit)
    if args.json:
        payload = [
            {
                "id": r.id,
                "sku": r.sku,
                "name": r.name,
                "price": r.price_from,
                "status": r.status,
                "variants": r.variant_count,
                "on_hand": r.on_hand,
            }
            for r in rows
        ]
        print(json.dumps(payload, ensure_ascii=False))
        return 0
    if not rows:
        print(f"Không tìm thấy sản phẩm nào cho \u201c{args.query}\u201d.")
    for r in rows:
        price = format_vnd(r.price_from) if r.price_from is not None else "-"
        print(f"{r.sku:<24} {r.name}  {price}  (còn {r.on_hand})")
    return 0


def _labels(args, db) -> int:
    from app.catalog import labels_cli

    return labels_cli.run(args, db)


def _demo(args, db) -> int:
    from app.catalog.demo import load_demo
    from app.store.engine import session_scope
    from app.store.media import MediaStore

    with session_scope(db.sessions) as session:
        added = load_demo(session, MediaStore(db.paths))
    print(f"Đã thêm {added} sản phẩm mẫu vào cửa hàng." if added else "Cửa hàng mẫu đã có sẵn.")
    return 0

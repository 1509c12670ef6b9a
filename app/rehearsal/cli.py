"""``python main.py rehearsal plan create|list``, ``rehearsal take``, ``rehearsal report``.

Names and JSON keys are read by outside scripts: keep them as they are. A user's
mistake (unknown plan or take, missing camera file, bad script) prints one Vietnamese
line on stderr, returns 2 and writes nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.errors import classify
from app.progress import Cancelled


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "rehearsal", help="livestream practice: runs of show, takes, reviews"
    )
    commands = parser.add_subparsers(dest="rehearsal_command", metavar="ACTION", required=True)

    plan = commands.add_parser("plan", help="runs of show (kịch bản livestream)")
    plan_commands = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    create = plan_commands.add_parser("create", help="a run of show from catalog products")
    create.add_argument("name")
    create.add_argument(
        "--products", required=True, metavar="SKU[,SKU...]", help="SKUs or product ids, in order"
    )
    create.add_argument("--minutes-each", type=float, default=3.0, metavar="M")
    create.set_defaults(func=_guarded(_plan_create))
    listing = plan_commands.add_parser("list", help="list the runs of show")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_guarded(_plan_list))

    take = commands.add_parser(
        "take", help="rehearse headless in real time with a video file as the camera"
    )
    take.add_argument("plan_id", metavar="PLAN_ID")
    take.add_argument("--camera-file", required=True, type=Path, metavar="FILE")
    take.add_argument(
        "--script",
        required=True,
        type=Path,
        metavar="SCRIPT.json",
        help='timed actions: [{"at": 8.0, "do": "next"}, ...] (next, previous, answer, '
        "flash_sale, stop)",
    )
    take.add_argument("--pace", type=float, default=6.0, help="practice comments per minute")
    take.add_argument("--seed", type=int, default=0, help="same seed, same comments")
    take.set_defaults(func=_guarded(_take))

    report = commands.add_parser("report", help="figures of a take (JSON, HTML, PDF)")
    report.add_argument("take_id", metavar="TAKE_ID")
    report.add_argument("--json", action="store_true")
    report.add_argument("--html", type=Path, metavar="FILE", help="write the trainer's report")
    report.add_argument("--pdf", type=Path, metavar="FILE", help="write it as PDF too")
    report.set_defaults(func=_guarded(_report))


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _fail(exc: BaseException) -> int:
    known = classify(exc)
    if known is None:
        raise exc
    print(f"lỗi: {known.message.render()}", file=sys.stderr)
    return 2


def _guarded(run):
    def wrapped(args) -> int:
        _utf8_streams()
        from app.store.migrate import open_database

        try:
            db = open_database(args.paths)
        except Exception as exc:
            return _fail(exc)
        try:
            return run(args, db)
        except Cancelled:
            print("đã dừng", file=sys.stderr)
            return 130
        except Exception as exc:
            return _fail(exc)
        finally:
            db.close()

    return wrapped


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False))


def _plan_create(args, db) -> int:
    from app.rehearsal.plans import create_plan
    from app.store.engine import session_scope

    references = [part.strip() for part in args.products.split(",") if part.strip()]
    with session_scope(db.sessions) as session:
        plan_id = create_plan(session, args.name, references, minutes_each=args.minutes_each)
    _print_json({"plan_id": plan_id})
    return 0


def _plan_list(args, db) -> int:
    from app.rehearsal.plans import list_plans
    from app.store.engine import session_scope

    with session_scope(db.sessions) as session:
        summaries = list_plans(session)
    if args.json:
        _print_json(
            [
                {
                    "plan_id": s.id,
                    "name": s.name,
                    "products": s.product_count,
                    "target_seconds": s.total_target_seconds,
                    "takes": s.take_count,
                    "updated_at": s.updated_at.isoformat(),
                }
                for s in summaries
            ]
        )
        return 0
    if not summaries:
        print("Chưa có kịch bản livestream nào.")
    for s in summaries:
        minutes = s.total_target_seconds / 60
        print(
            f"{s.id}  {s.name}  ({s.product_count} sản phẩm, {minutes:.0f} phút, {s.take_count} lần tập)"
        )
    return 0


def _take(args, db) -> int:
    from app.rehearsal.live_take import LiveTake, parse_script, run_script
    from app.rehearsal.plans import load_plan
    from app.store.engine import session_scope

    # Everything is checked before the take row or the recording exist.
    with session_scope(db.sessions) as session:
        plan = load_plan(session, args.plan_id)
    steps = parse_script(args.script)
    take = LiveTake(
        db, plan, camera_file=args.camera_file, pace_per_minute=args.pace, seed=args.seed
    )
    take.start()
    try:
        saved = run_script(take, steps)
    except KeyboardInterrupt:
        saved = take.stop()  # Ctrl+C ends the take early; what was recorded is kept
        _print_json({"take_id": saved.id})
        print("đã dừng", file=sys.stderr)
        return 130
    except BaseException:
        take.stop()  # a bug: keep what was recorded, then let it be reported
        raise
    if take.message is not None:
        print(f"chú ý: {take.message.message.render()}", file=sys.stderr)
    _print_json({"take_id": saved.id})
    return 0


def _report(args, db) -> int:
    from app.rehearsal.review import compare_with_previous, review_take
    from app.rehearsal.takes import recover_interrupted

    recover_interrupted(db.sessions, db.paths)  # a take killed earlier is reviewed as such
    review = review_take(db.sessions, db.paths, args.take_id)
    comparison = compare_with_previous(db.sessions, db.paths, review)
    if args.html or args.pdf:
        from app.rehearsal.report import write_html, write_pdf

        if args.html:
            write_html(review, args.html, comparison=comparison)
        if args.pdf:
            write_pdf(review, args.pdf, comparison=comparison)
    if args.json or not (args.html or args.pdf):
        _print_json(review.to_json())
    return 0

"""``python main.py video probe|cut|thumbs``: the video engine without the GUI."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.errors import UserFacingError, classify
from app.progress import Cancelled
from app.text import parse_vnd


def register(subparsers) -> None:
    parser = subparsers.add_parser("video", help="probe, cut and preview videos")
    commands = parser.add_subparsers(dest="video_command", metavar="ACTION", required=True)

    probe = commands.add_parser("probe", help="print what is in a video file as JSON")
    probe.add_argument("file")
    probe.set_defaults(func=_run_probe)

    cut = commands.add_parser("cut", help="cut one or more segments into a new MP4")
    cut.add_argument("input")
    cut.add_argument("-o", "--output", required=True)
    cut.add_argument(
        "--segment",
        action="append",
        required=True,
        metavar="START-END",
        help="seconds (12.5) or mm:ss.mmm; repeat for several segments, kept in order",
    )
    cut.add_argument("--mode", choices=["lossless", "smart", "exact"], default="exact")
    cut.add_argument(
        "--preset", default="original", help="original, vertical (9:16 1080x1920), square, wide"
    )
    cut.add_argument("--fit", choices=["pad-blur", "pad-solid", "crop"], default="pad-blur")
    cut.add_argument("--center", metavar="X,Y", help="crop centre as fractions, e.g. 0.5,0.4")
    cut.add_argument("--platform", help="shopee, tiktok_shop, facebook_reels, zalo")
    cut.add_argument("--title", help="title shown in the overlay band")
    cut.add_argument("--price", help="price in đồng, e.g. 150000 or 150k")
    cut.add_argument("--x264-preset", default="veryfast")
    cut.add_argument("--crf", type=int, default=20)
    cut.add_argument("--quiet", action="store_true", help="no progress on stderr")
    cut.set_defaults(func=_run_cut)

    thumbs = commands.add_parser("thumbs", help="write a filmstrip of N thumbnails as JPEG files")
    thumbs.add_argument("input")
    thumbs.add_argument("-o", "--output", required=True, metavar="DIR")
    thumbs.add_argument("-n", "--count", type=int, default=10)
    thumbs.add_argument("--height", type=int, default=90)
    thumbs.add_argument("--start", default="0")
    thumbs.add_argument("--end", help="end of the zoom window (default: whole file)")
    thumbs.add_argument("--exact", action="store_true", help="decode the exact frames (slower)")
    thumbs.set_defaults(func=_run_thumbs)


def _fail(exc: BaseException) -> int:
    known = classify(exc)
    if known is None:
        raise exc
    print(f"lỗi: {known.message.render()}", file=sys.stderr)
    return 2


def _guard(run):
    def wrapped(args) -> int:
        try:
            return run(args)
        except Cancelled:
            print("đã dừng", file=sys.stderr)
            return 130
        except (UserFacingError, OSError) as exc:
            return _fail(exc)

    return wrapped


@_guard
def _run_probe(args) -> int:
    from app.video.probe import probe

    print(json.dumps(probe(args.file).to_json(), ensure_ascii=False))
    return 0


def _progress_printer(quiet: bool):
    if quiet:
        return None
    last = [-1]

    def show(fraction: float, text: str) -> None:
        percent = int(fraction * 100)
        if percent != last[0]:
            last[0] = percent
            print(f"\r{percent:3d}% {text}", end="", file=sys.stderr, flush=True)

    return show


@_guard
def _run_cut(args) -> int:
    from app.video.cut import ExportOptions, cut_video
    from app.video.exact import EncodeSettings
    from app.video.overlay import OverlayText
    from app.video.timecode import parse_segment

    segments = [parse_segment(text) for text in args.segment]
    overlay = None
    if args.title or args.price:
        price = None
        if args.price:
            try:
                price = parse_vnd(args.price)
            except ValueError:
                print(
                    f'lỗi: không hiểu giá "{args.price}" (ví dụ 150000 hoặc 150k)', file=sys.stderr
                )
                return 2
        overlay = OverlayText(args.title or "", price)
    center = (0.5, 0.5)
    if args.center:
        try:
            cx, cy = (float(v) for v in args.center.split(","))
            center = (min(max(cx, 0.0), 1.0), min(max(cy, 0.0), 1.0))
        except ValueError:
            print("lỗi: --center cần dạng X,Y, ví dụ 0.5,0.4", file=sys.stderr)
            return 2
    options = ExportOptions(
        mode=args.mode,
        preset=args.preset,
        fit=args.fit,
        center=center,
        overlay=overlay,
        platform=args.platform,
        encode=EncodeSettings(x264_preset=args.x264_preset, crf=args.crf),
    )
    result = cut_video(
        args.input, args.output, segments, options, progress=_progress_printer(args.quiet)
    )
    if not args.quiet:
        print(file=sys.stderr)
    print(json.dumps(result.to_json(), ensure_ascii=False))
    return 0


@_guard
def _run_thumbs(args) -> int:
    from app.video.thumbnails import write_filmstrip
    from app.video.timecode import parse_time

    start = parse_time(args.start)
    end = parse_time(args.end) if args.end else None
    files = write_filmstrip(
        args.input,
        Path(args.output),
        args.count,
        args.paths,
        start=start,
        end=end,
        height=args.height,
        exact=args.exact,
    )
    print(json.dumps({"files": [str(f) for f in files]}, ensure_ascii=False))
    return 0

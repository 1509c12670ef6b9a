"""Photos from a phone into the catalog: checked, stored once, shown the right way up.

Originals are kept byte for byte in the media store (same photo twice = one
file); EXIF orientation is applied whenever pixels are read (thumbnails,
marketplace copies, the size recorded). Every bad file gets its own message and
the others still go in.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Message
from app.progress import CancelToken, ProgressFn, check, report
from app.store.media import MediaStore
from app.store.models import MediaLink

try:  # HEIC from iPhones, where the wheel exists for this platform
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIC_SUPPORTED = True
except ImportError:  # pragma: no cover - depends on the platform
    HEIC_SUPPORTED = False

CTX = "catalog"
PHOTO_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"}
MAX_PHOTO_BYTES = 40 * 1024 * 1024  # a phone photo is 2–12 MB; beyond this it is not a photo
MAX_PIXELS = 80_000_000  # also guards against decompression bombs
THUMBNAIL_SIZE = 256


@dataclass
class PhotoImportReport:
    added: list[str] = field(default_factory=list)  # media link ids
    already_there: int = 0
    problems: list[tuple[Path, Message]] = field(default_factory=list)


def _problem(text: str, *args: str) -> Message:
    return Message(CTX, text, args)


def expand_paths(items: Iterable[Path]) -> list[Path]:
    """Files as given, folders walked (sorted, so a phone's DCIM keeps its order)."""
    files: list[Path] = []
    for item in items:
        if item.is_dir():
            files.extend(
                sorted(p for p in item.rglob("*") if p.is_file() and not p.name.startswith("."))
            )
        else:
            files.append(item)
    return files


def open_oriented(path_or_bytes: Path | bytes) -> Image.Image:
    """Open an image with EXIF orientation applied (phones store portrait shots sideways)."""
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    with Image.open(source) as image:
        if image.width * image.height > MAX_PIXELS:
            raise ValueError("too many pixels")
        image.load()
        return ImageOps.exif_transpose(image)


def check_photo(path: Path) -> tuple[Message | None, tuple[int, int] | None]:
    """(problem, oriented size): exactly one of them is None."""
    name = path.name
    if path.suffix.lower() not in PHOTO_EXTENSIONS:
        return _problem(
            QT_TRANSLATE_NOOP("catalog", "%1: không phải tệp ảnh (chỉ nhận JPG, PNG, WebP, HEIC)."),
            name,
        ), None
    if path.suffix.lower() in (".heic", ".heif") and not HEIC_SUPPORTED:
        return _problem(
            QT_TRANSLATE_NOOP(
                "catalog",
                "%1: máy này chưa đọc được ảnh HEIC. Hãy chuyển sang JPG trên điện thoại.",
            ),
            name,
        ), None
    try:
        size = path.stat().st_size
    except OSError:
        return _problem(QT_TRANSLATE_NOOP("catalog", "%1: không mở được tệp."), name), None
    if size == 0:
        return _problem(QT_TRANSLATE_NOOP("catalog", "%1: tệp rỗng."), name), None
    if size > MAX_PHOTO_BYTES:
        return _problem(
            QT_TRANSLATE_NOOP(
                "catalog", "%1: ảnh quá lớn (%2 MB, tối đa %3 MB). Hãy chụp lại hoặc thu nhỏ ảnh."
            ),
            name,
            str(round(size / 1024 / 1024)),
            str(MAX_PHOTO_BYTES // 1024 // 1024),
        ), None
    try:
        size = _checked_size(path)
    except (UnidentifiedImageError, Image.DecompressionBombError, ValueError, OSError, SyntaxError):
        return _problem(
            QT_TRANSLATE_NOOP(
                "catalog", "%1: tệp không phải ảnh hoặc ảnh bị hỏng, không thêm được."
            ),
            name,
        ), None
    return None, size


def _checked_size(path: Path) -> tuple[int, int]:
    """Decode enough to know the file is a real picture, fast: JPEGs at 1/8 scale."""
    with Image.open(path) as image:
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ValueError("too many pixels")
        orientation = image.getexif().get(0x0112, 1)
        image.draft("RGB", (256, 256))  # JPEG decodes at a reduced scale; other formats ignore it
        image.load()
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def import_photos(
    session: Session,
    store: MediaStore,
    product_id: str,
    items: Iterable[Path],
    *,
    variant_id: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> PhotoImportReport:
    files = expand_paths(items)
    result = PhotoImportReport()
    linked = {
        sha
        for sha in session.scalars(
            select(MediaLink.sha256).where(
                MediaLink.product_id == product_id, MediaLink.deleted_at.is_(None)
            )
        )
    }
    position = (
        session.scalar(
            select(func.max(MediaLink.position)).where(MediaLink.product_id == product_id)
        )
        or 0
    ) + 1
    has_main = session.scalar(
        select(func.count())
        .select_from(MediaLink)
        .where(
            MediaLink.product_id == product_id,
            MediaLink.is_main.is_(True),
            MediaLink.deleted_at.is_(None),
        )
    )
    for index, path in enumerate(files):
        check(cancel)
        report(progress, index / max(1, len(files)), path.name)
        problem, size = check_photo(path)
        if problem is not None:
            result.problems.append((path, problem))
            continue
        blob = store.put_file(path)
        if blob.sha256 in linked:
            result.already_there += 1
            continue
        link = MediaLink(
            product_id=product_id,
            variant_id=variant_id,
            kind="photo",
            sha256=blob.sha256,
            file_name=path.name[:255],
            size_bytes=blob.size,
            width=size[0],
            height=size[1],
            is_main=not has_main,
            position=position,
        )
        session.add(link)
        session.flush()
        has_main, position = True, position + 1
        linked.add(blob.sha256)
        result.added.append(link.id)
    report(progress, 1.0, "")
    return result


def product_photos(session: Session, product_id: str) -> list[MediaLink]:
    return list(
        session.scalars(
            select(MediaLink)
            .where(
                MediaLink.product_id == product_id,
                MediaLink.kind == "photo",
                MediaLink.deleted_at.is_(None),
            )
            .order_by(MediaLink.is_main.desc(), MediaLink.position)
        )
    )


def reorder_photos(session: Session, product_id: str, link_ids: list[str]) -> None:
    """The first becomes the main photo; the rest keep the given order."""
    links = {link.id: link for link in product_photos(session, product_id)}
    for position, link_id in enumerate(link_ids):
        link = links.get(link_id)
        if link is not None:
            link.position, link.is_main = position, position == 0


def thumbnail(store: MediaStore, sha256: str, size: int = THUMBNAIL_SIZE) -> Path | None:
    """A cached JPEG thumbnail (made on first use); None when the original cannot be read."""
    target = store.thumbnail_path(sha256, size)
    if target.is_file():
        return target
    try:
        image = open_oriented(store.path_for(sha256))
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    image.thumbnail((size, size))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    flatten_on_white(image).save(partial, "JPEG", quality=85)
    partial.replace(target)
    return target


def flatten_on_white(image: Image.Image) -> Image.Image:
    """RGB on white: transparent PNG corners must not turn black in a JPEG."""
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, "white")
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    return image.convert("RGB")

"""The public, read-only commune showcase: HTML page, JSON feed and product photos."""

from __future__ import annotations

from fastapi import APIRouter, Header, Query
from fastapi.responses import HTMLResponse, StreamingResponse

from app.hub import problems
from app.hub.api_blobs import ranged_response
from app.hub.context import HubDep
from app.hub.showcase_data import filter_items, load_items, published_photo
from app.hub.showcase_page import render_page

router = APIRouter(tags=["showcase"])


# One Query object per parameter: FastAPI keeps per-parameter state on them.
def _q():
    return Query("", max_length=200, description="words to find; accents optional")


def _choice():
    return Query("", max_length=80)


@router.get("/showcase", response_class=HTMLResponse)
def showcase_page(
    hub: HubDep, q: str = _q(), category: str = _choice(), craft: str = _choice()
) -> HTMLResponse:
    """The page the commune host opens at the weekly livestream."""
    with hub.db.session() as session:
        items = load_items(session)
    return HTMLResponse(
        render_page(
            items,
            filter_items(items, q, category, craft),
            q,
            category,
            craft,
            commune=hub.settings.commune_name,
        )
    )


@router.get("/showcase.json")
def showcase_feed(
    hub: HubDep, q: str = _q(), category: str = _choice(), craft: str = _choice()
) -> dict:
    with hub.db.session() as session:
        items = load_items(session)
    shown = filter_items(items, q, category, craft)
    return {"count": len(shown), "items": [item.as_json() for item in shown]}


@router.get("/showcase/photos/{digest}", response_class=StreamingResponse,
            responses={200: {"content": {"image/*": {}}}})  # fmt: skip
def showcase_photo(
    digest: str, hub: HubDep, range_header: str | None = Header(None, alias="Range")
) -> StreamingResponse:
    with hub.db.session() as session:
        public = published_photo(session, digest)
    if not public or not hub.blobs.has(digest):
        raise problems.not_found("photo")
    head = b"".join(hub.blobs.read_range(digest, 0, 15)) if hub.blobs.size(digest) else b""
    response = ranged_response(hub, digest, hub.blobs.size(digest), range_header, _image_type(head))
    response.headers["Cache-Control"] = "public, max-age=3600"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _image_type(head: bytes) -> str:
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"\xff\xd8"):
        return "image/jpeg"
    return "application/octet-stream"  # not an image: never let a browser render it as one

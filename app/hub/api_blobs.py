"""Media blobs: which ones the hub has, resumable upload, ranged download."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from app.hub import problems
from app.hub.blob_finisher import BlobFinisher
from app.hub.blobs import valid_hash
from app.hub.context import HubDep, ShopDevice
from app.hub.models import BlobRef
from app.hub.ranges import RangeNotSatisfiable, parse_range
from app.sync.protocol import BlobHasRequest, BlobHasResponse, CompleteUpload, UploadStatus

router = APIRouter(prefix="/v1/shops/{shop_id}/blobs", tags=["blobs"])

_BINARY_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


def _checked(digest: str) -> str:
    if not valid_hash(digest):
        raise problems.not_found("blob")  # also what "../../etc/passwd" gets: no path is ever built
    return digest


def _owned_size(hub, shop_id: str, digest: str) -> int | None:
    with hub.db.session() as session:
        ref = session.get(BlobRef, (shop_id, digest))
        return ref.size if ref else None


@router.post("/has", response_model=BlobHasResponse)
def has(shop_id: str, body: BlobHasRequest, auth: ShopDevice, hub: HubDep) -> BlobHasResponse:
    """Which of these hashes this shop already has on the hub (send only the missing ones)."""
    wanted = [h for h in dict.fromkeys(body.hashes) if valid_hash(h)]
    with hub.db.session() as session:
        present = set(
            session.scalars(select(BlobRef.hash).where(BlobRef.shop_id == auth.shop_id, BlobRef.hash.in_(wanted)))
        ) if wanted else set()  # fmt: skip
    return BlobHasResponse(present=[h for h in wanted if h in present],
                           missing=[h for h in dict.fromkeys(body.hashes) if h not in present])  # fmt: skip


def _status(hub, shop_id: str, digest: str) -> UploadStatus:
    size = _owned_size(hub, shop_id, digest)
    if size is not None:
        return UploadStatus(hash=digest, received=size, complete=True)
    return UploadStatus(
        hash=digest, received=hub.blobs.partial_size(shop_id, digest), complete=False
    )


@router.get("/{digest}/upload", response_model=UploadStatus)
def upload_status(shop_id: str, digest: str, auth: ShopDevice, hub: HubDep) -> UploadStatus:
    """How many bytes of an interrupted upload the hub holds: resume from there."""
    return _status(hub, auth.shop_id, _checked(digest))


@router.put("/{digest}/upload", response_model=UploadStatus, openapi_extra=_BINARY_BODY)
async def upload_chunk(shop_id: str, digest: str, auth: ShopDevice, hub: HubDep, request: Request,
                       offset: int = 0, size: int | None = None) -> UploadStatus:  # fmt: skip
    """Append one chunk (≤ 16 MiB) at ``offset``, which must be the number of bytes already received.

    ``size`` (optional) is the whole blob's size: when this chunk brings the upload to it, the
    hub checks the hash and makes the blob visible in the same request, as ``complete`` would.
    """
    _checked(digest)
    async with hub.upload_lock(f"{auth.shop_id}-{digest}"):
        if hub.blobs.has(digest):  # this shop may own it already: only then ask the database
            current = await run_in_threadpool(_status, hub, auth.shop_id, digest)
        else:
            received = hub.blobs.partial_size(auth.shop_id, digest)
            current = UploadStatus(hash=digest, received=received, complete=False)
        if current.complete:
            return current
        if offset != current.received:
            raise problems.wrong_offset(current.received)

        async def pieces() -> AsyncIterator[bytes]:
            async for piece in request.stream():
                if piece:
                    yield piece

        received = await hub.blobs.append_partial(auth.shop_id, digest, offset, pieces())
        if size is not None and received == size:
            return await _finish(request, auth.shop_id, digest)
    return UploadStatus(hash=digest, received=received, complete=False)


@router.post("/{digest}/complete", response_model=UploadStatus)
async def complete(shop_id: str, digest: str, body: CompleteUpload, auth: ShopDevice, hub: HubDep,
                   request: Request) -> UploadStatus:  # fmt: skip
    """Check the received bytes against the hash; only then the blob becomes visible."""
    _checked(digest)
    async with hub.upload_lock(f"{auth.shop_id}-{digest}"):
        current = await run_in_threadpool(_status, hub, auth.shop_id, digest)
        if current.complete:
            return current
        if current.received != body.size:
            raise problems.wrong_offset(current.received)  # not all bytes are here yet: keep them
        return await _finish(request, auth.shop_id, digest)


async def _finish(request: Request, shop_id: str, digest: str) -> UploadStatus:
    """Under the upload lock, with every byte received: hash check, then the shop's reference
    (one thread hop; the reference is committed together with other uploads finishing now)."""
    finisher: BlobFinisher = request.app.state.blob_finisher
    size = await run_in_threadpool(finisher.finish, shop_id, digest)
    if size is None:
        raise problems.hash_mismatch()
    return UploadStatus(hash=digest, received=size, complete=True)


@router.get("/{digest}", response_class=StreamingResponse,
            responses={200: {"content": {"application/octet-stream": {}}}, 206: {"description": "partial"}})  # fmt: skip
def download(shop_id: str, digest: str, auth: ShopDevice, hub: HubDep,
             range_header: str | None = Header(None, alias="Range")) -> StreamingResponse:  # fmt: skip
    """Stream a blob; honours a single ``Range: bytes=a-b`` for resumed downloads and video seeking."""
    size = _owned_size(hub, auth.shop_id, _checked(digest))
    if size is None:
        raise problems.not_found("blob")
    return ranged_response(hub, digest, size, range_header, "application/octet-stream")


def ranged_response(
    hub, digest: str, size: int, range_header: str | None, media_type: str
) -> StreamingResponse:
    try:
        wanted = parse_range(range_header, size)
    except RangeNotSatisfiable:
        raise problems.bad_range(size) from None
    headers = {
        "Accept-Ranges": "bytes",
        "ETag": f'"{digest}"',
        "Cache-Control": "private, max-age=31536000, immutable",
    }
    if wanted is None:
        start, end, status = 0, size - 1, 200
    else:
        (start, end), status = wanted, 206
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    headers["Content-Length"] = str(max(0, end - start + 1))
    body = hub.blobs.read_range(digest, start, end) if size else iter(())
    return StreamingResponse(body, status_code=status, headers=headers, media_type=media_type)

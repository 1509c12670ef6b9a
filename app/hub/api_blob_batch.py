"""Several small blobs in one request: ``PUT /v1/shops/{id}/blobs/upload?blobs=H1:S1,H2:S2,…``
with their bytes one after another. A photo is small, so one request per photo is mostly
request overhead (routing, sign-in check, thread hop, commit); here that is paid once for
the whole group and the blobs' references are committed together.

Each blob is checked against its hash as for a single upload; a blob this shop already has,
one whose upload another request is doing, or one that a cut upload left half-sent is not
written (its bytes are skipped): the answer says which blobs are complete, and the client
sends the others the one-by-one way (which resumes where the hub stopped). A request cut
mid-way completes nothing: what it wrote stays as resumable partial uploads.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

from fastapi import APIRouter, Query, Request
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from app.hub import problems
from app.hub.blob_finisher import BlobFinisher
from app.hub.context import HubDep, ShopDevice
from app.hub.models import BlobRef
from app.sync.protocol import UploadStatus

router = APIRouter(prefix="/v1/shops/{shop_id}/blobs", tags=["blobs"])

MAX_BLOBS = 64
_ENTRY = re.compile(r"^([0-9a-f]{64}):([0-9]{1,10})$")
_BINARY_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


def parse_manifest(text: str, limit: int) -> list[tuple[str, int]]:
    """``H1:S1,H2:S2`` → [(hash, size)]; 422 for anything else (bad entry, a hash twice, more
    than ``MAX_BLOBS``, more bytes than one request may carry)."""
    entries = []
    for part in text.split(","):
        match = _ENTRY.match(part)
        if match is None:
            raise problems.invalid([{"loc": ["query", "blobs"], "msg": "expected HASH:SIZE,…",
                                     "type": "value_error"}])  # fmt: skip
        entries.append((match.group(1), int(match.group(2))))
    hashes = {digest for digest, _ in entries}
    if (
        len(entries) > MAX_BLOBS
        or len(hashes) != len(entries)
        or sum(s for _, s in entries) > limit
    ):
        raise problems.invalid([{"loc": ["query", "blobs"], "type": "value_error",
                                 "msg": f"at most {MAX_BLOBS} different blobs, {limit} bytes"}])  # fmt: skip
    return entries


class _Body:
    """The request body, taken blob by blob (exactly ``size`` bytes each)."""

    def __init__(self, stream: AsyncIterator[bytes]) -> None:
        self._stream = stream
        self._left = b""

    async def take(self, size: int) -> AsyncIterator[bytes]:
        while size > 0:
            if not self._left:
                self._left = await anext(self._stream, b"")
                if not self._left:
                    return  # the body ended early: what came is kept as a partial upload
            piece, self._left = self._left[:size], self._left[size:]
            size -= len(piece)
            yield piece

    async def skip(self, size: int) -> None:
        async for _ in self.take(size):
            pass


def _owned(hub, shop_id: str, digests: list[str]) -> set[str]:
    with hub.db.session() as session:
        return set(session.scalars(select(BlobRef.hash).where(BlobRef.shop_id == shop_id,
                                                              BlobRef.hash.in_(digests))))  # fmt: skip


@router.put("/upload", response_model=list[UploadStatus], openapi_extra=_BINARY_BODY)
async def upload_many(shop_id: str, auth: ShopDevice, hub: HubDep, request: Request,
                      blobs: str = Query(max_length=MAX_BLOBS * 76)) -> list[UploadStatus]:  # fmt: skip
    """Whole blobs back to back, as listed in ``blobs``; each answer says ``complete`` or how
    many bytes the hub holds (send that one alone, from there)."""
    entries = parse_manifest(blobs, hub.settings.chunk_limit)
    candidates = [digest for digest, _ in entries if hub.blobs.has(digest)]
    owned = await run_in_threadpool(_owned, hub, auth.shop_id, candidates) if candidates else set()
    body = _Body(request.stream())
    answers: dict[str, UploadStatus] = {}
    written: list[str] = []
    async with AsyncExitStack() as held:
        for digest, size in entries:
            lock = hub.upload_lock(f"{auth.shop_id}-{digest}")
            received = hub.blobs.partial_size(auth.shop_id, digest)
            if digest in owned or lock.locked() or received:  # never wait: no lock-order knots
                await body.skip(size)
                answers[digest] = UploadStatus(hash=digest, received=size if digest in owned
                                               else received, complete=digest in owned)  # fmt: skip
                continue
            await held.enter_async_context(lock)  # held until this blob is finished or kept
            received = await hub.blobs.append_partial(auth.shop_id, digest, 0, body.take(size))
            answers[digest] = UploadStatus(hash=digest, received=received, complete=False)
            if received == size:
                written.append(digest)
        if written:
            finisher: BlobFinisher = request.app.state.blob_finisher
            sizes = await run_in_threadpool(finisher.finish_many, auth.shop_id, written)
            for digest, finished in sizes.items():  # a mismatch was dropped: 0 bytes held
                answers[digest] = UploadStatus(hash=digest, received=finished or 0,
                                               complete=finished is not None)  # fmt: skip
    return [answers[digest] for digest, _ in entries]

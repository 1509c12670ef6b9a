"""Many devices pushing while another pulls: nothing lost, nothing skipped, nothing mixed up."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor


def test_concurrent_pushes_and_incremental_pulls_lose_nothing(new_shop):
    owner = new_shop("Cơ sở A")
    writers = [owner.another_device(f"PC {i}") for i in range(4)]
    stranger = new_shop("Cơ sở B")  # pushes the same row ids at the same time
    expected: dict[tuple[str, str], str] = {}
    for writer in writers:
        for batch in range(8):
            for k in range(15):
                expected[(f"{writer.device_id}-{batch}-{k}", "name")] = (
                    f"{writer.device_id} {batch} {k}"
                )

    def push_all(writer, shop_label: str) -> list[int]:
        codes = []
        for batch in range(8):
            changes = [writer.set("product", f"{writer_id(writer)}-{batch}-{k}", "name",
                                  f"{shop_label}{writer_id(writer)} {batch} {k}") for k in range(15)]  # fmt: skip
            codes.append(writer.push(changes).status_code)
        return codes

    def writer_id(writer) -> str:
        return writer.device_id if writer.shop_id == owner.shop_id else mirror[writer.device_id]

    stranger_devices = [stranger.another_device(f"B{i}") for i in range(2)]
    mirror = {s.device_id: writers[i].device_id for i, s in enumerate(stranger_devices)}

    seen: dict[tuple[str, str], str] = {}
    cursor = 0
    done = threading.Event()

    def read_while_writing() -> None:
        nonlocal cursor
        while not done.is_set():
            changes, _, cursor = owner.pull_all(cursor, limit=37)
            for change in changes:
                seen[(change["row_id"], change["field"])] = change["value"]

    reader = threading.Thread(target=read_while_writing)
    reader.start()
    with ThreadPoolExecutor(max_workers=6) as pool:
        jobs = [pool.submit(push_all, w, "") for w in writers]
        jobs += [pool.submit(push_all, s, "B:") for s in stranger_devices]
        codes = [code for job in jobs for code in job.result()]
    done.set()
    reader.join()
    changes, _, _ = owner.pull_all(cursor)
    for change in changes:
        seen[(change["row_id"], change["field"])] = change["value"]

    assert codes == [200] * len(codes)
    assert seen == expected  # every change of shop A, none of shop B's

import threading

import pytest

from app.progress import Cancelled
from app.video.prefetch import prefetch


def test_items_arrive_in_order():
    assert list(prefetch(iter(range(100)), depth=3)) == list(range(100))


def test_errors_reach_the_consumer():
    def failing():
        yield 1
        raise Cancelled()

    with pytest.raises(Cancelled):
        list(prefetch(failing()))


def test_stopping_early_closes_the_source_and_the_thread():
    closed = threading.Event()

    def endless():
        try:
            n = 0
            while True:
                yield n
                n += 1
        finally:
            closed.set()

    items = prefetch(endless(), depth=2)
    assert next(items) == 0
    items.close()
    assert closed.wait(2)
    assert not [t for t in threading.enumerate() if t.name == "video-prefetch"]


def test_ordered_map_keeps_the_order_and_joins_its_threads():
    import random
    import threading
    import time

    from app.video.prefetch import ordered_map

    def slow_square(x: int) -> int:
        time.sleep(random.random() / 200)  # finish out of order
        return x * x

    before = threading.active_count()
    assert list(ordered_map(slow_square, iter(range(40)))) == [x * x for x in range(40)]
    half = ordered_map(slow_square, iter(range(40)))
    assert [next(half) for _ in range(5)] == [0, 1, 4, 9, 16]
    half.close()  # an export cancelled half-way
    assert threading.active_count() == before


def test_ordered_map_raises_the_workers_error_in_order():
    from app.video.prefetch import ordered_map

    def fail_at_three(x: int) -> int:
        if x == 3:
            raise ValueError("bad frame")
        return x

    seen = []
    with pytest.raises(ValueError, match="bad frame"):
        for x in ordered_map(fail_at_three, iter(range(10))):
            seen.append(x)
    assert seen == [0, 1, 2]

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

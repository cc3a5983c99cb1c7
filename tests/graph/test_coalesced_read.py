"""CoalescedRead: each caller gets a read that began after it called; callers arriving while
one is on its way share the next."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from graph.coalesced_read import CoalescedRead


class GatedRead:
    """Counts reads; while `gate` is closed a read waits for it to open."""

    def __init__(self) -> None:
        self.count = 0
        self.gate = threading.Event()
        self.started = threading.Event()
        self.fail = False

    def __call__(self) -> int:
        self.count += 1
        number = self.count
        self.started.set()
        assert self.gate.wait(10)
        if self.fail:
            raise ConnectionError(f"read {number} failed")
        return number


def test_calls_one_after_another_each_read() -> None:
    read = GatedRead()
    read.gate.set()
    latest = CoalescedRead(read)
    assert [latest(), latest(), latest()] == [1, 2, 3]


def test_callers_arriving_during_a_read_share_the_next_one() -> None:
    read = GatedRead()
    latest = CoalescedRead(read)
    with ThreadPoolExecutor(9) as pool:
        first = pool.submit(latest)
        assert read.started.wait(10)  # read 1 is on its way: the next callers must not use it
        waiting = [pool.submit(latest) for _ in range(8)]
        read.gate.set()
        assert first.result(10) == 1
        assert {future.result(10) for future in waiting} == {2}
    assert read.count == 2


def test_a_failed_read_fails_every_caller_waiting_for_it() -> None:
    read = GatedRead()
    read.fail = True
    latest = CoalescedRead(read)
    with ThreadPoolExecutor(4) as pool:
        first = pool.submit(latest)
        assert read.started.wait(10)
        waiting = [pool.submit(latest) for _ in range(3)]
        read.gate.set()
        for future in [first, *waiting]:
            with pytest.raises(ConnectionError, match="failed"):
                future.result(10)
    read.fail = False
    assert latest() == read.count  # and the next call reads again

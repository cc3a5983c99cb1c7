"""One read shared by the threads that want it at the same time.

Each caller gets the result (or the error) of a read that began after it called, so what it
sees is as fresh as a read of its own; but while one read is on its way, every caller arriving
meanwhile waits for the next one, and that one read answers them all. Under load this turns a
round trip per request into a round trip per round-trip time.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Condition
from typing import Generic, TypeVar

T = TypeVar("T")


class CoalescedRead(Generic[T]):
    def __init__(self, read: Callable[[], T]) -> None:
        self._read = read
        self._changed = Condition()
        self._started = 0  # reads begun; they run one at a time, numbered from 1
        self._finished = 0
        self._result: T | None = None
        self._error: BaseException | None = None

    def __call__(self) -> T:
        with self._changed:
            wanted = self._started + 1  # the first read to begin after this call
            while self._finished < wanted:
                if self._started == self._finished:  # none on its way: begin one
                    self._run()
                else:
                    self._changed.wait()
            if self._error is not None:
                raise self._error
            return self._result  # type: ignore[return-value]

    def _run(self) -> None:
        """Called holding the condition; reads without it."""
        self._started += 1
        result, error = None, None
        self._changed.release()
        try:
            result = self._read()
        except BaseException as e:  # every waiter of this read hears of it
            error = e
        finally:
            self._changed.acquire()
            self._result, self._error = result, error
            self._finished += 1
            self._changed.notify_all()

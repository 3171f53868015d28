"""One background worker thread for slow side jobs (printing, drawer pulses), in order.

Results come back to the GUI thread by polling with a QTimer, never by touching Qt from the
worker: emitting Qt signals from a foreign Python thread made PySide crash the process at exit.
"""

from __future__ import annotations

import atexit
import weakref
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Callable

from PySide6.QtCore import QObject, QTimer

POLL_MS = 50
_QUEUES: "weakref.WeakSet[BackgroundQueue]" = weakref.WeakSet()


def wait_for_all_jobs(seconds: float = 30) -> bool:
    """Wait until every queue's started jobs have run (results are not delivered). The test
    suite calls it before a test's folders go away: a daily backup started with a window would
    otherwise finish after its test and write into the next one's (or no one's) folder."""
    futures = [future for queue in list(_QUEUES) for future, _ in queue._pending]
    _done, not_done = wait(futures, timeout=seconds)
    return not not_done


class BackgroundQueue(QObject):
    def __init__(self, name: str, parent=None, poll_ms: int = POLL_MS):
        """poll_ms: how often finished jobs are looked for while any is pending (a list that
        answers each keypress polls faster than a print queue)."""
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"charitymart-{name}")
        self._pending: list[tuple[Future, Callable[[Future], None] | None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._deliver)
        atexit.register(self._executor.shutdown, wait=True)
        _QUEUES.add(self)

    def start(self, job: Callable[[], object], done: Callable[[Future], None] | None = None) -> Future:
        """Run `job` on the worker; later call `done(future)` on the GUI thread."""
        future = self._executor.submit(job)
        self._pending.append((future, done))
        self._timer.start()
        return future

    def _deliver(self) -> None:
        waiting = []
        for future, done in self._pending:
            if not future.done():
                waiting.append((future, done))
            elif done is not None:
                done(future)
        self._pending = waiting
        if not waiting:
            self._timer.stop()

    def wait(self, ms: int = 10000) -> bool:
        """Wait for every job started so far and deliver the results (tests, shutdown)."""
        _done, not_done = wait([f for f, _ in self._pending], timeout=ms / 1000)
        self._deliver()
        return not not_done

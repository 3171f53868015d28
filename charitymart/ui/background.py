"""One background worker thread for slow side jobs (printing, drawer pulses), in order.

Results come back to the GUI thread by polling with a QTimer, never by touching Qt from the
worker: emitting Qt signals from a foreign Python thread made PySide crash the process at exit.
"""

from __future__ import annotations

import atexit
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Callable

from PySide6.QtCore import QObject, QTimer

POLL_MS = 50


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

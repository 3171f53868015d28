"""A window's background jobs (the daily backup at start) are waited for before a test's folders
go away (tests/conftest.py `home`): once one finished after its test and wrote its chain heads
into a folder no test owned, failing the whole suite at the end, now and then."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from charitymart.ui.background import BackgroundQueue, wait_for_all_jobs


def test_waiting_for_all_jobs_lets_a_slow_job_write_where_it_started(qapp, home):
    release = threading.Event()

    def slow_job():
        release.wait(5)
        target = Path(os.environ["CHARITYMART_HOME"]) / "written-by-the-job"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("done")

    queue = BackgroundQueue("test")
    future = queue.start(slow_job)
    threading.Timer(0.3, release.set).start()
    assert not future.done()
    assert wait_for_all_jobs(10)
    assert future.done() and (home / "written-by-the-job").read_text() == "done"

"""A real X display for the counter: Xvfb, the openbox window manager, and the app as a
subprocess driven only by xdotool keys, as a scanner and a volunteer drive it.

Nothing here sleeps blindly: every wait polls a condition (the window appearing, the probe file
the app writes, a row in the database) with a timeout, and fails saying what it waited for.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

TOOLS = ("Xvfb", "openbox", "xdotool")
SCREEN = "1366x768x24"
HERE = Path(__file__).parent
ROOT = HERE.parents[2]  # the checkout under test: its charitymart, not another one installed


def checkout_env(**extra: str) -> dict[str, str]:
    """The environment for a child process that must import this checkout's charitymart."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return dict(os.environ, PYTHONPATH=path, **extra)
POLL_S = 0.05


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def timeout_scale() -> float:
    """REALWINDOW_TIMEOUT_SCALE (default 1) stretches every wait: a loaded machine paints late,
    and tools/counter_window_shots.py (run beside the test suite) sets it to 4."""
    try:
        return max(1.0, float(os.environ.get("REALWINDOW_TIMEOUT_SCALE", "1")))
    except ValueError:
        return 1.0


def wait_for(condition: Callable[[], object], what: str, timeout: float = 20.0):
    """Poll `condition` until it returns something true; that value, or AssertionError naming `what`."""
    timeout *= timeout_scale()
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = condition()
            if value:
                return value
        except (OSError, ValueError, sqlite3.Error) as exc:  # a file being replaced, a busy database
            last_error = exc
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}"
                                 + (f" (last error: {last_error})" if last_error else ""))
        time.sleep(POLL_S)


def _free_display() -> int:
    for number in range(91, 400):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number between :91 and :399")


class Desktop:
    """Xvfb on a free display with openbox running on it."""

    def __init__(self, log_folder: Path):
        self.log_folder = log_folder
        self.processes: list[subprocess.Popen] = []
        self.display = ""

    def env(self) -> dict[str, str]:
        env = checkout_env(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def _spawn(self, args: list[str], log_name: str, env=None) -> subprocess.Popen:
        log = open(self.log_folder / log_name, "wb")  # noqa: SIM115 - kept open for the process's life
        process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env or self.env(),
                                   start_new_session=True)
        self.processes.append(process)
        return process

    def start(self) -> Desktop:
        for _attempt in range(5):
            number = _free_display()
            self.display = f":{number}"
            server = self._spawn(["Xvfb", self.display, "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
                                 f"xvfb-{number}.log", env=dict(os.environ))
            try:
                wait_for(lambda server=server: server.poll() is not None
                         or self.run("xdotool", "getdisplaygeometry").strip(), f"Xvfb on {self.display}", timeout=15)
            except AssertionError:
                server.poll()
            if server.poll() is None:
                break
            self.processes.remove(server)  # another server took the number first: try the next
        else:
            raise RuntimeError("Xvfb did not start")
        self._spawn(["openbox", "--sm-disable"], "openbox.log")
        wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK"),
                 "openbox to manage the display", timeout=15)
        return self

    def run(self, *args: str, timeout: float = 15) -> str:
        done = subprocess.run(args, check=False, env=self.env(), capture_output=True, text=True, timeout=timeout)
        return done.stdout

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
        self.processes.clear()

    # ----- the keyboard, as a scanner and a volunteer use it -----
    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "15", text)

    def key(self, *keys: str) -> None:
        self.run("xdotool", "key", "--delay", "40", *keys)

    def scan(self, code: str) -> None:
        """A keyboard-wedge scanner: the digits quickly, then Return."""
        self.run("xdotool", "type", "--delay", "8", code)
        self.key("Return")

    def active_window(self) -> str:
        return self.run("xdotool", "getactivewindow").strip()

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(HERE / "grab_screen.py"), str(path)], env=self.env(), check=True,
                       timeout=30 * timeout_scale())
        return path


class Counter:
    """CharityMart running in its own process on the desktop, with the probe file it writes."""

    def __init__(self, desktop: Desktop, db: Path, home: Path, folder: Path, language: str = "zh_CN"):
        self.desktop = desktop
        self.db = db
        self.folder = folder
        self.probe_file = folder / "probe.json"
        env = desktop.env()
        env.update(CHARITYMART_HOME=str(home), CHARITYMART_UI_PROBE=str(self.probe_file), PYTHONUNBUFFERED="1")
        args = [sys.executable, "-m", "charitymart", "--db", str(db), "--lang", language]
        self.process = subprocess.Popen(args, stdout=open(folder / "counter.log", "wb"),  # noqa: SIM115
                                        stderr=subprocess.STDOUT, env=env, cwd=ROOT, start_new_session=True)
        self.window = wait_for(self._window, "the counter's window to be shown", timeout=60)

    def _window(self) -> str:
        if self.process.poll() is not None:
            raise AssertionError(f"the counter exited with {self.process.returncode}: "
                                 f"{(self.folder / 'counter.log').read_text(errors='replace')[-2000:]}")
        found = self.desktop.run("xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)).split()
        return found[0] if found else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    # ----- what it shows -----
    def state(self) -> dict:
        return json.loads(self.probe_file.read_text(encoding="utf-8"))

    def wait_state(self, what: str, timeout: float = 20.0, **expected) -> dict:
        def matches():
            state = self.state()
            return state if all(state.get(k) == v for k, v in expected.items()) else None
        try:
            return wait_for(matches, what, timeout)
        except AssertionError as exc:
            shown = self.probe_file.read_text(encoding="utf-8") if self.probe_file.exists() else "no probe file"
            raise AssertionError(f"{exc}; the counter shows {shown}") from None

    # ----- the database, read as a manager's script would -----
    def query(self, sql: str, *params) -> list[tuple]:
        connection = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=10)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def scalar(self, sql: str, *params):
        rows = self.query(sql, *params)
        return rows[0][0] if rows else None


def shipped_text(context: str, source: str, language: str = "zh_CN") -> str:
    """What the app shows for `source` in `language`: the shipped .qm's translation, else the
    English source (a new string waits in resources/i18n/pending/ until the .ts files are updated)."""
    from PySide6.QtCore import QTranslator

    from charitymart.ui.messages import qm_files

    for path in qm_files(language):
        translator = QTranslator()
        if translator.load(str(path)):
            text = translator.translate(context, source)
            if text:
                return text
    return source

"""Keep the test session out of the user's real folders, and notice when something gets in.

`start()` (called first thing by tests/conftest.py) records the real CharityMart folders as
they are, then points every variable platformdirs and CharityMart read at a throwaway sandbox.
`CHARITYMART_HOME` names a folder no test owns: tests get their own through the autouse `home`
fixture, and module- or session-scoped fixtures through `own_home(folder)`, so a file appearing
in the stray folder means some setup ran before any home was set. `finish()` lists what went
wrong (files in the stray folder, real folders created or changed) and removes the sandbox.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from charitymart.paths import APP_NAME

# Every variable that decides where platformdirs (Linux, macOS, Windows) puts a user folder.
FOLDER_VARIABLES = {
    "HOME": "home", "USERPROFILE": "home",
    "XDG_CONFIG_HOME": "home/.config", "XDG_DATA_HOME": "home/.local/share",
    "XDG_STATE_HOME": "home/.local/state", "XDG_CACHE_HOME": "home/.cache",
    "APPDATA": "home/AppData/Roaming", "LOCALAPPDATA": "home/AppData/Local",
}

_state: dict = {}


def real_folders() -> list[Path]:
    """The user's CharityMart folders, as the environment names them right now."""
    finders = (platformdirs.user_data_dir, platformdirs.user_config_dir, platformdirs.user_log_dir,
               platformdirs.user_cache_dir, platformdirs.user_state_dir)
    return sorted({Path(find(APP_NAME, appauthor=False)) for find in finders})


def snapshot(folders: list[Path]) -> dict[str, tuple[int, int] | None]:
    """Each file under the folders with its size and modification time (None: folder absent)."""
    seen: dict[str, tuple[int, int] | None] = {}
    for folder in folders:
        if not folder.exists():
            seen[str(folder)] = None
            continue
        for path in [folder, *folder.rglob("*")]:
            try:
                info = path.stat()
            except OSError:
                continue
            seen[str(path)] = (info.st_size if path.is_file() else -1, info.st_mtime_ns)
    return seen


def start() -> None:
    if _state:
        return
    folders = real_folders()
    sandbox = Path(tempfile.mkdtemp(prefix="charitymart-test-session-"))
    _state.update(folders=folders, before=snapshot(folders), sandbox=sandbox, stray=sandbox / "no-test-owns-this")
    for variable, relative in FOLDER_VARIABLES.items():
        os.environ[variable] = str(sandbox / relative)
    os.environ["CHARITYMART_HOME"] = str(_state["stray"])


def stray_files() -> list[Path]:
    stray = _state.get("stray")
    return sorted(p for p in stray.rglob("*") if p.is_file()) if stray and stray.exists() else []


def finish() -> list[str]:
    """What the session did wrong, one line each (empty when all is well); removes the sandbox."""
    if not _state:
        return []
    problems = [f"  written before any test home was set (use own_home in the fixture): {p}" for p in stray_files()]
    after = snapshot(_state["folders"])
    for path in sorted(set(_state["before"]) | set(after)):
        if _state["before"].get(path) != after.get(path):
            problems.append(f"  the user's real folder was touched: {path} (by a test, unless another "
                            f"CharityMart run used this account's folders meanwhile)")
    shutil.rmtree(_state["sandbox"], ignore_errors=True)
    _state.clear()
    return problems


@contextmanager
def own_home(folder: Path) -> Iterator[Path]:
    """CHARITYMART_HOME=folder for a fixture's setup (what `home` does for one test)."""
    saved = os.environ.get("CHARITYMART_HOME")
    os.environ["CHARITYMART_HOME"] = str(folder)
    try:
        yield folder
    finally:
        if saved is None:
            os.environ.pop("CHARITYMART_HOME", None)
        else:
            os.environ["CHARITYMART_HOME"] = saved

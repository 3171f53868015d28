"""The session fails when a test or fixture writes outside the folders the tests own
(tests/support/isolation.py, wired in by tests/conftest.py). Each case runs a small test
session in a subprocess with this project's conftest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

EARLY_FIXTURE = '''
import pytest
from charitymart import paths

@pytest.fixture(scope="module")
def early():
    (paths.config_dir() / "keys").mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / "keys" / "early.key").write_text("secret")

def test_uses_it(early):
    pass
'''

EARLY_FIXTURE_WITH_ITS_OWN_HOME = '''
import pytest
from charitymart import paths
from tests.conftest import own_home

@pytest.fixture(scope="module")
def early(tmp_path_factory):
    with own_home(tmp_path_factory.mktemp("early") / "home"):
        (paths.config_dir() / "early.key").write_text("secret")

def test_uses_it(early, home):
    (paths.config_dir() / "test.key").write_text("a test writes into its own home")
'''

TOUCHES_THE_REAL_FOLDER = '''
from tests.support import isolation

def test_writes_where_the_user_keeps_data():
    real = isolation._state["folders"][0]
    real.mkdir(parents=True, exist_ok=True)
    (real / "charitymart.sqlite").write_text("oops")
'''


def run_session(tmp_path: Path, source: str) -> subprocess.CompletedProcess:
    folder = tmp_path / "session"
    folder.mkdir()
    (folder / "conftest.py").write_text("from tests.conftest import *  # noqa: F401,F403\n", encoding="utf-8")
    (folder / "test_case.py").write_text(source, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(folder / "test_case.py"), "--rootdir", str(folder)],
                          check=False, cwd=folder, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("source, complaint", [
    (EARLY_FIXTURE, "written before any test home was set"),
    (TOUCHES_THE_REAL_FOLDER, "the user's real folder was touched"),
])
def test_a_session_that_writes_outside_its_folders_fails(tmp_path, source, complaint):
    result = run_session(tmp_path, source)
    assert "1 passed" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 1 and complaint in result.stdout, result.stdout + result.stderr


def test_a_fixture_with_its_own_home_passes(tmp_path):
    result = run_session(tmp_path, EARLY_FIXTURE_WITH_ITS_OWN_HOME)
    assert result.returncode == 0, result.stdout + result.stderr

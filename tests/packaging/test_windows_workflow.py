"""The Windows bundle workflow cannot run here (no Windows runner): check that it parses and does
what docs/packaging.md says it does."""

from __future__ import annotations

from pathlib import Path

import yaml

WORKFLOW = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "windows-bundle.yml"


def test_the_windows_workflow_builds_the_spec_and_runs_the_self_test():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["bundle"]
    assert job["runs-on"] == "windows-latest"
    steps = job["steps"]
    python = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.11"
    commands = "\n".join(step.get("run", "") for step in steps)
    assert "pip install \".[bundle,usb]\"" in commands
    assert "pyinstaller --noconfirm --clean packaging/charitymart.spec" in commands
    assert "dist\\charitymart\\charitymart.exe" in commands and "--self-test" in commands
    assert "exit $run.ExitCode" in commands  # a failed self-test fails the run

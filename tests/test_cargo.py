"""Runs the Rust core's cargo tests (gradient checks, layouts, broadcasting) from pytest, so one
command runs every test."""
import os
import shutil
import subprocess

import pytest

from conftest import ROOT


@pytest.mark.skipif(shutil.which("cargo") is None, reason="cargo not installed")
def test_core_cargo_tests():
    p = subprocess.run(["cargo", "test", "--release", "-p", "ferrograd-core", "-q"], cwd=ROOT,
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stdout[-4000:] + p.stderr[-4000:]

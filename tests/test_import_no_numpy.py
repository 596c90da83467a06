"""Importing a dialect must not import numpy (the import-time budget: numpy alone costs tens of ms;
every dialect imports it lazily inside the functions that need it)."""
import subprocess
import sys

import pytest


@pytest.mark.parametrize("dialect", ["torch", "mindspore", "tensorflow"])
def test_dialect_import_does_not_load_numpy(dialect):
    code = f"import sys, ferrograd.{dialect}; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

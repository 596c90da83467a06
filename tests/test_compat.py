"""Every compat case (the shared ones and the project's own compat/) is one test. Cases that do not
pass yet are listed in compat/expected_failures.txt with their reason and run as strict expected
failures, so the list can only shrink honestly."""
import os
import sys

import pytest

from conftest import ROOT, SHARED

sys.path.insert(0, os.path.join(SHARED, "compat"))
import check  # noqa: E402

PY = f"{sys.executable} -m ferrograd run"


def _load():
    cases = []
    for label, root in (("shared", os.path.join(SHARED, "compat", "cases")), ("own", os.path.join(ROOT, "compat"))):
        if os.path.isdir(root):
            for c in check.load_cases([root]):
                cases.append((f"{label}/{c.name}", c))
    return cases


def _expected_failures():
    path = os.path.join(ROOT, "compat", "expected_failures.txt")
    out = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                out[name] = reason.strip() or "not supported yet"
    return out


CASES = _load()
XFAIL = _expected_failures()


def _params():
    for name, case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
        yield pytest.param(case, id=name, marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_case(case):
    r = check.run_case(case, PY)
    assert r.ok, f"{r.reason}\n{r.diff}"


def test_expected_failures_name_real_cases():
    names = {n for n, _ in CASES}
    assert not set(XFAIL) - names, f"unknown cases in expected_failures.txt: {set(XFAIL) - names}"

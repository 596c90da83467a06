"""Rewrites compat/expected_failures.txt from a fresh run of every compat case (developer tool):
    python tests/update_expected_failures.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
sys.path.insert(0, os.path.join(SHARED, "compat"))
import check  # noqa: E402


def main():
    py = f"{sys.executable} -m ferrograd run"
    path = os.path.join(ROOT, "compat", "expected_failures.txt")
    lines = []
    for label, root in (("shared", os.path.join(SHARED, "compat", "cases")), ("own", os.path.join(ROOT, "compat"))):
        for c in check.load_cases([root]):
            r = check.run_case(c, py)
            name = f"{label}/{c.name}"
            if not r.ok:
                lines.append(f"{name} {r.reason.splitlines()[0][:150]}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# case  reason (strict expected failures: remove a line when its case passes)\n")
        f.write("".join(l + "\n" for l in lines))
    print(f"{len(lines)} expected failures")


if __name__ == "__main__":
    main()

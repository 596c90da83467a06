# `python -m ferrograd run SCRIPT.py [args]`: run a script written for torch, mindspore or
# tensorflow on ferrograd's dialects, unchanged.
import os
import runpy
import sys

USAGE = "usage: python -m ferrograd run SCRIPT.py [args...]"


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) < 2 or argv[0] != "run":
        print(USAGE, file=sys.stderr)
        return 2
    script = argv[1]
    from ferrograd import _alias

    _alias.install()
    sys.argv = [script] + argv[2:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    runpy.run_path(script, run_name="__main__")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Timing core: warm-up, auto-calibrated inner loop, repeated trials.

A statement (string, possibly several lines) is compiled into a function whose
loop body is the statement repeated ``unroll`` times, with every name it uses
passed in as a local variable (as ``timeit`` does with its setup), so the
measured overhead is the statement itself plus about 10 ns of loop per
iteration.  Unlike ``timeit`` the garbage collector stays enabled (real scripts
run with it) and an optional ``sync`` statement runs once after the loop, inside
the timed region (it may use the loop's variables), for frameworks that may
execute asynchronously.
"""

import itertools
import math
import statistics
import textwrap
import time

_TEMPLATE = """
def _inner(_it, _timer{args}):
    _t0 = _timer()
    for _i in _it:
{body}
    {sync}
    return _timer() - _t0
"""


class Bench:
    def __init__(self, stmt, ns, unroll=1, sync=None):
        self.names = sorted(ns)
        self.values = [ns[k] for k in self.names]
        self.unroll = int(unroll)
        self.sync = sync
        body = textwrap.dedent(stmt).strip("\n")
        body = "\n".join([body] * self.unroll)
        body = textwrap.indent(body, " " * 8)
        args = "".join(", " + n for n in self.names)
        src = _TEMPLATE.format(args=args, body=body, sync=sync or "pass")
        g = {}
        exec(compile(src, "<bench-stmt>", "exec"), g)
        self._inner = g["_inner"]

    def run(self, number):
        """Seconds taken by ``number`` loop iterations (number*unroll statements)."""
        return self._inner(itertools.repeat(None, number), time.perf_counter, *self.values)


class TooSlow(Exception):
    pass


def measure(bench, *, trials=7, target=0.2, warmup=0.1, max_call=None):
    """Warm up, calibrate the inner loop so one trial lasts about ``target``
    seconds, then run ``trials`` trials.

    Returns (per-statement seconds of every trial, inner-loop count)."""
    # warm-up: at least one call, and at least `warmup` seconds
    first = spent = bench.run(1)
    if max_call is not None and first > max_call:
        raise TooSlow(f"too slow: one call took {first:.1f} s (limit --max-call-seconds {max_call:g})")
    n = 1
    while spent < warmup:
        t = bench.run(n)
        spent += t
        n *= 2
    # calibration: grow the loop until it lasts >= target/5, then extrapolate
    number = 1
    while True:
        t = first if first >= target else bench.run(number)
        if t >= target / 5 or number >= 10 ** 9:
            break
        if t <= 0:
            number *= 10
        else:
            number = min(number * 10, max(number * 2, int(number * target / 5 / t) + 1))
    per = t / number
    number = max(1, int(math.ceil(target / per))) if per > 0 else number
    out = [bench.run(number) / (number * bench.unroll) for _ in range(trials)]
    return out, number


def summarize(values):
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "trials": list(values),
    }

#!/usr/bin/env python
"""ferrograd benchmark suite (issue 6).

    python bench/run.py                          # ferrograd's three dialects + NumPy
    python bench/run.py --framework torch        # the same workloads on real PyTorch
    python bench/run.py --compare bench/results_torch.json --only a,b --quick

See bench/README.md.
"""

import argparse
import os
import sys

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
FRAMEWORKS = ("ferrograd", "torch", "mindspore", "tensorflow")
THREAD_ENV = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "RAYON_NUM_THREADS",
              "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--framework", choices=FRAMEWORKS, default="ferrograd",
                   help="what to measure: ferrograd's dialects (default) or a real framework, "
                        "imported under its own name (run with that framework's interpreter)")
    p.add_argument("--only", default=None,
                   help="comma-separated workload letters, e.g. a,b,d (default: all; "
                        "b,j for --framework mindspore|tensorflow)")
    p.add_argument("--quick", action="store_true",
                   help="smoke test: 3 trials and short trials; numbers are not for publication")
    p.add_argument("--threads", type=int, default=2, help="threads for every library (default 2)")
    p.add_argument("--trials", type=int, default=None, help="trials per figure (default 7; quick 3)")
    p.add_argument("--target-time", type=float, default=None,
                   help="seconds per trial the inner loop is calibrated to (default 0.2; quick 0.02)")
    p.add_argument("--compare", action="append", default=None, metavar="JSON",
                   help="results JSON of a real-framework run (repeatable). Default for the ferrograd "
                        "run: bench/results_{torch,mindspore,tensorflow}.json when they exist")
    p.add_argument("--no-compare", action="store_true", help="do not load comparison files")
    p.add_argument("--wheel", default=None,
                   help="a ferrograd wheel file, or a directory holding one (default: look in "
                        "dist/, target/wheels/, rust/py/target/wheels/)")
    p.add_argument("--max-call-seconds", type=float, default=60.0,
                   help="report a figure as an error if one call takes longer than this (default 60)")
    p.add_argument("--stream-triad", type=float, default=34.0,
                   help="STREAM triad bandwidth of this machine in GB/s, for target e (default 34)")
    p.add_argument("--ms-launch-blocking", action="store_true",
                   help="real MindSpore only: call mindspore.runtime.launch_blocking() (synchronous "
                        "PyNative) before measuring; default is MindSpore's default asynchronous mode")
    p.add_argument("--json", default=None, help="output JSON (default bench/results_<framework>.json)")
    p.add_argument("--md", default=None, help="output markdown (default bench/results_<framework>.md)")
    p.add_argument("--render", default=None, metavar="JSON",
                   help="do not measure: print the markdown table of an existing results JSON")
    p.add_argument("--_child", default=None, help=argparse.SUPPRESS)
    p.add_argument("--_module", default=None, help=argparse.SUPPRESS)
    return p.parse_args(argv)


ARGS = parse_args()
# Thread counts must be in the environment before numpy / BLAS / rayon / OpenMP are loaded.
for _k in THREAD_ENV:
    os.environ[_k] = str(ARGS.threads)
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import datetime  # noqa: E402
import faulthandler  # noqa: E402
import gc  # noqa: E402
import glob  # noqa: E402
import importlib  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402

sys.path.insert(0, BENCH_DIR)
sys.dont_write_bytecode = True      # keep bench/ free of __pycache__
import report  # noqa: E402
import timing  # noqa: E402
import workloads  # noqa: E402

# system name -> (module to import, API its workload code is written against)
SYSTEMS = {
    "ferrograd.torch": ("ferrograd.torch", "torch"),
    "ferrograd.mindspore": ("ferrograd.mindspore", "mindspore"),
    "ferrograd.tensorflow": ("ferrograd.tensorflow", "tensorflow"),
    "torch": ("torch", "torch"),
    "mindspore": ("mindspore", "mindspore"),
    "tensorflow": ("tensorflow", "tensorflow"),
    "numpy": ("numpy", "numpy"),
}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def err_text(e):
    return f"{type(e).__name__}: {e}".strip()


def fatal(e):
    return isinstance(e, (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError))


# ------------------------------------------------------------------ modules and threads

def set_threads(system, mod, n):
    """Apply the thread count through the framework's own API where it has one."""
    done = []
    api = SYSTEMS[system][1]
    try:
        if api == "torch" and hasattr(mod, "set_num_threads"):
            mod.set_num_threads(n)
            done.append(f"{mod.__name__}.set_num_threads({n})")
        if api == "tensorflow":
            th = mod.config.threading
            th.set_intra_op_parallelism_threads(n)
            th.set_inter_op_parallelism_threads(n)
            done.append(f"tf.config.threading intra/inter = {n}")
    except Exception as e:  # a dialect may not have it yet; the env vars still apply
        done.append(f"thread API failed: {err_text(e)}")
    return done


_modules = {}


def get_module(system):
    """Imports once; returns the module or raises the stored import error."""
    if system not in _modules:
        try:
            mod = importlib.import_module(SYSTEMS[system][0])
            THREAD_NOTES[system] = set_threads(system, mod, ARGS.threads)
            if system == "mindspore" and ARGS.ms_launch_blocking:
                mod.runtime.launch_blocking()
                THREAD_NOTES[system].append("mindspore.runtime.launch_blocking()")
            _modules[system] = mod
        except BaseException as e:
            if fatal(e):
                raise
            _modules[system] = e
    m = _modules[system]
    if isinstance(m, BaseException):
        raise m
    return m


THREAD_NOTES = {}


def maybe_numpy():
    try:
        return get_module("numpy")
    except Exception:
        return None


def child_env(extra_path=None):
    env = dict(os.environ)
    if extra_path:
        env["PYTHONPATH"] = os.pathsep.join([extra_path] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


def package_parent(modname):
    """Directory to put on PYTHONPATH so a child finds the same package as we do."""
    spec = importlib.util.find_spec(modname.split(".")[0])
    if spec is None or not spec.submodule_search_locations:
        return None
    return os.path.dirname(os.path.abspath(list(spec.submodule_search_locations)[0]))


# ------------------------------------------------------------------ measurements

def run_timed(f, system):
    modname, api = SYSTEMS[system]
    mod = get_module(system)
    np = maybe_numpy()
    spec = f.impl[api](mod, np)
    bench = timing.Bench(spec["stmt"], spec["ns"], unroll=spec.get("unroll", 1), sync=spec.get("sync"))
    secs, number = timing.measure(bench, trials=ARGS.trials, target=ARGS.target_time, warmup=ARGS.warmup,
                                  max_call=ARGS.max_call_seconds)
    vals = [f.convert(t) for t in secs]
    out = timing.summarize(vals)
    out["inner_loop"] = number * bench.unroll
    out["seconds_per_iter_median"] = statistics.median(secs)
    del bench, spec
    return out


def run_subprocess_trials(cmd, env, parse):
    """One warm-up run (discarded) and ARGS.trials measured runs, each a fresh process."""
    vals, extra = [], {}
    for i in range(ARGS.trials + 1):
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        if p.returncode != 0:
            tail = (p.stderr or p.stdout).strip().splitlines()[-1:] or [f"exit code {p.returncode}"]
            raise RuntimeError(f"child failed (exit {p.returncode}): {tail[0]}")
        v, ex = parse(p.stdout)
        extra = ex or extra
        if i > 0:
            vals.append(v)
    out = timing.summarize(vals)
    out.update(extra)
    return out


def run_import(f, system):
    modname = SYSTEMS[system][0]
    if importlib.util.find_spec(modname.split(".")[0]) is None:
        raise ModuleNotFoundError(f"No module named '{modname}'")
    code = ("import time, sys\n"
            "t0 = time.perf_counter()\n"
            f"import {modname}\n"
            "t1 = time.perf_counter()\n"
            "sys.stdout.write(repr(t1 - t0))\n")
    env = child_env(package_parent(modname))
    return run_subprocess_trials([sys.executable, "-c", code], env,
                                 lambda s: (float(s.strip().splitlines()[-1]) * 1e3, None))


def run_memory(f, system):
    modname = SYSTEMS[system][0]
    cmd = [sys.executable, os.path.abspath(__file__), "--_child", "memory", "--_module", modname,
           "--threads", str(ARGS.threads)]
    env = child_env(package_parent(modname))

    def parse(s):
        d = json.loads(s.strip().splitlines()[-1])
        return d["over_mib"], {"baseline_mib": d["baseline_mib"], "peak_mib": d["peak_mib"],
                               "peak_reset": d["peak_reset"]}
    return run_subprocess_trials(cmd, env, parse)


def dir_size(path):
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            p = os.path.join(root, name)
            if not os.path.islink(p):
                total += os.path.getsize(p)
    return total


def installed_wheel_size(whl):
    """Bytes of the wheel's files once installed as pip does it: unpacked, with the .pyc files
    pip compiles (the developer tree is no measure: editable, unstripped, stale caches)."""
    import compileall
    import tempfile
    import zipfile
    with tempfile.TemporaryDirectory() as d:
        with zipfile.ZipFile(whl) as z:
            z.extractall(d)
        compileall.compile_dir(os.path.join(d, "ferrograd"), quiet=2)
        return dir_size(os.path.join(d, "ferrograd"))


def run_size(f, system):
    top = "ferrograd" if system == "ferrograd" else SYSTEMS[system][0].split(".")[0]
    if system == "ferrograd":
        w = find_wheel()
        if w is not None:
            out = timing.summarize([installed_wheel_size(w) / 1e6])
            out["path"] = os.path.abspath(w)
            out["source"] = "wheel installed with compiled .pyc"
            return out
    spec = importlib.util.find_spec(top)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"No package named '{top}'")
    pkg = os.path.abspath(list(spec.submodule_search_locations)[0])
    mb = dir_size(pkg) / 1e6
    out = timing.summarize([mb])
    out["path"] = pkg
    try:
        import importlib.metadata as md
        for dist in {"tensorflow": ("tensorflow-cpu", "tensorflow")}.get(top, (top,)):
            try:
                files = md.distribution(dist).files or []
            except md.PackageNotFoundError:
                continue
            out["dist"] = dist
            out["dist_files_mb"] = sum(os.path.getsize(p.locate()) for p in files
                                       if os.path.isfile(p.locate())) / 1e6
            break
    except Exception as e:
        out["dist_files_mb_error"] = err_text(e)
    return out


def is_real_wheel(path):
    """False for an editable wheel (a .pth redirect without the package's files)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        return any(n.startswith("ferrograd/") for n in z.namelist())


def find_wheel():
    if ARGS.wheel:
        cands = [ARGS.wheel] if os.path.isfile(ARGS.wheel) else \
            glob.glob(os.path.join(ARGS.wheel, "ferrograd-*.whl")) or glob.glob(os.path.join(ARGS.wheel, "*.whl"))
        if not cands:
            raise FileNotFoundError(f"no wheel file at {ARGS.wheel}")
        real = [c for c in cands if is_real_wheel(c)]
        if not real:
            raise ValueError(f"{cands[0]} is an editable wheel (no ferrograd/ files): build one with "
                             "`maturin build --release`")
    else:
        cands = []
        for d in ("dist", "target/wheels", "rust/py/target/wheels", "rust/target/wheels", "wheelhouse"):
            cands += glob.glob(os.path.join(REPO_ROOT, d, "ferrograd-*.whl"))
        real = [c for c in cands if is_real_wheel(c)]
        if not real:
            return None
    return max(real, key=os.path.getmtime)


def run_wheel(f, system):
    w = find_wheel()
    if w is None:
        return None
    out = timing.summarize([os.path.getsize(w) / 1e6])
    out["path"] = os.path.abspath(w)
    return out


RUNNERS = {"timed": run_timed, "import": run_import, "memory": run_memory,
           "size": run_size, "wheel": run_wheel}


def systems_for(f, mode):
    """Which systems measure figure f in this mode."""
    if mode == "ferrograd":
        if f.kind in ("size", "wheel"):
            return ["ferrograd"]
        out = []
        if f.kind != "timed" or f.dialect in f.impl:
            out.append("ferrograd." + f.dialect)
        if f.kind == "timed" and "numpy" in f.impl:
            out.append("numpy")
        return out
    if f.kind == "wheel":
        return []
    if f.kind == "size":
        return [mode]
    out = []
    if f.dialect == mode and (f.kind != "timed" or mode in f.impl):
        out.append(mode)
    if f.kind == "timed" and "numpy" in f.impl and mode == "torch":
        out.append("numpy")
    return out


# ------------------------------------------------------------------ children

def child_memory(modname):
    import re
    try:
        import numpy  # noqa: F401  (imported by both sides before the baseline: it is not the workload)
    except ImportError:
        pass
    torch = importlib.import_module(modname)
    system = next(s for s, (m, _a) in SYSTEMS.items() if m == modname)
    set_threads(system, torch, ARGS.threads)
    gc.collect()

    def status(key):
        return int(re.search(rf"^{key}:\s+(\d+) kB", open("/proc/self/status").read(), re.M).group(1))
    reset = True
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")        # resets VmHWM to the current RSS
    except OSError:
        reset = False
    base = status("VmRSS")
    keep = workloads.memory_workload(torch)
    peak = status("VmHWM")
    del keep
    print(json.dumps({"baseline_mib": base / 1024, "peak_mib": peak / 1024,
                      "over_mib": (peak - base) / 1024, "peak_reset": reset}))


# ------------------------------------------------------------------ document

def environment():
    env = {"cpu_count": os.cpu_count(), "platform": platform.platform(),
           "loadavg_at_start": os.getloadavg(),
           "executable": sys.executable,
           "thread_env": {k: os.environ.get(k) for k in THREAD_ENV}}
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                env["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        env["git_commit"] = subprocess.run(["git", "-C", REPO_ROOT, "rev-parse", "--short", "HEAD"],
                                           capture_output=True, text=True).stdout.strip() or None
    except OSError:
        pass
    return env


def versions(mode):
    v = {"python": platform.python_version()}
    names = ["ferrograd", "numpy"] if mode == "ferrograd" else [mode, "numpy"]
    for name in names:
        try:
            m = sys.modules.get(name) or importlib.import_module(name)
            v[name] = getattr(m, "__version__", "?")
        except Exception:
            v[name] = None
    np = sys.modules.get("numpy")
    if np is not None:
        try:
            blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
            v["numpy_blas"] = f"{blas.get('name')} {blas.get('version')}"
        except Exception:
            pass
    return v


def load_doc(path):
    with open(path) as fh:
        d = json.load(fh)
    d["_path"] = os.path.relpath(path)
    return d


def compare_docs(mode):
    if ARGS.no_compare:
        return []
    paths = ARGS.compare
    if paths is None:
        paths = []
        if mode == "ferrograd":
            for fw in ("torch", "mindspore", "tensorflow"):
                p = os.path.join(BENCH_DIR, f"results_{fw}.json")
                if os.path.exists(p):
                    paths.append(p)
    docs = []
    for p in paths:
        try:
            docs.append(load_doc(p))
        except Exception as e:
            log(f"warning: cannot read {p}: {err_text(e)}")
    return docs


def save(doc, json_path, md_path, comps):
    tmp = json_path + ".tmp"
    with open(tmp, "w") as fh:
        json.dump(doc, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    os.replace(tmp, json_path)
    md = report.render(doc, comps)
    with open(md_path, "w") as fh:
        fh.write(md)
    return md


def main():
    if ARGS.quick:
        ARGS.trials = ARGS.trials or 3
        ARGS.target_time = ARGS.target_time or 0.02
        ARGS.warmup = 0.01
    else:
        ARGS.trials = ARGS.trials or 7
        ARGS.target_time = ARGS.target_time or 0.2
        ARGS.warmup = 0.1
    if ARGS.trials < 7 and not ARGS.quick:
        log("warning: fewer than 7 trials; issue 6 asks for at least 7")

    if ARGS._child == "memory":
        return child_memory(ARGS._module)

    mode = ARGS.framework
    if ARGS.render:
        doc = load_doc(ARGS.render)
        sys.stdout.write(report.render(doc, compare_docs(doc["framework"])))
        return

    faulthandler.enable()
    default_only = "b,j" if mode in ("mindspore", "tensorflow") else "abcdefghij"
    only = set((ARGS.only or default_only).replace(",", "").replace(" ", "").lower())
    json_path = ARGS.json or os.path.join(BENCH_DIR, f"results_{mode}.json")
    md_path = ARGS.md or os.path.splitext(json_path)[0] + ".md"
    comps = compare_docs(mode)

    doc = {
        "schema": 1,
        "framework": mode,
        "created": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "argv": sys.argv[1:],
        "threads": ARGS.threads,
        "quick": ARGS.quick,
        "trials": ARGS.trials,
        "target_time_s": ARGS.target_time,
        "stream_triad_gbps": ARGS.stream_triad,
        "env": environment(),
        "versions": {},
        "thread_api": THREAD_NOTES,
        "figures": {f.id: f.meta() for f in workloads.FIGURES},
        "results": {},
    }
    t_start = time.perf_counter()
    try:
        for f in workloads.FIGURES:
            if f.workload not in only:
                continue
            for system in systems_for(f, mode):
                t0 = time.perf_counter()
                try:
                    res = RUNNERS[f.kind](f, system)
                except BaseException as e:
                    if fatal(e):
                        raise
                    res = {"error": err_text(e), "traceback": traceback.format_exc(limit=6)}
                finally:
                    gc.collect()
                if res is None:
                    continue
                doc["results"].setdefault(f.id, {})[system] = res
                shown = report.cell(res)
                log(f"{f.id:24s} {system:22s} {shown} {f.unit}   [{time.perf_counter() - t0:.1f}s]")
            doc["versions"] = versions(mode)
            save(doc, json_path, md_path, comps)
    except KeyboardInterrupt:
        log("interrupted: saving partial results")
    doc["versions"] = versions(mode)
    doc["wall_time_s"] = round(time.perf_counter() - t_start, 1)
    doc["env"]["loadavg_at_end"] = os.getloadavg()
    md = save(doc, json_path, md_path, comps)
    sys.stdout.write(md)
    log(f"wrote {os.path.relpath(json_path)} and {os.path.relpath(md_path)}")


if __name__ == "__main__":
    main()

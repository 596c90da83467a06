"""Markdown rendering of results documents, with ratios and target checks."""

from workloads import FIGURES, FIGURE_BY_ID

REAL_NAME = {"torch": "PyTorch", "mindspore": "MindSpore", "tensorflow": "TensorFlow"}
OPS = {"<=": ("≤", lambda a, b: a <= b), ">=": ("≥", lambda a, b: a >= b)}


def num(v):
    a = abs(v)
    if a >= 100:
        return f"{v:.0f}"
    if a >= 10:
        return f"{v:.1f}"
    if a >= 1:
        return f"{v:.2f}"
    return f"{v:.3g}"


def _clean(msg, limit=110):
    msg = " ".join(str(msg).split()).replace("|", "\\|")
    return msg if len(msg) <= limit else msg[: limit - 1] + "…"


def cell(stat):
    if stat is None:
        return "—"
    if "error" in stat:
        return "error: " + _clean(stat["error"])
    if stat["min"] == stat["max"]:
        return num(stat["median"])
    return f"{num(stat['median'])} ({num(stat['min'])}–{num(stat['max'])})"


def median(stat):
    if stat is None or "error" in stat or stat.get("median") is None:
        return None
    return stat["median"]


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "—"
    r = a / b
    return f"{r:.2f}×" if r >= 0.1 else f"{r:.2g}×"


def subject_system(doc, f):
    mode = doc["framework"]
    if mode == "ferrograd":
        return "ferrograd" if f.kind in ("size", "wheel") else "ferrograd." + f.dialect
    return mode


class Refs:
    """Looks values up in the current document, then in comparison documents."""

    def __init__(self, doc, compare_docs):
        self.doc = doc
        self.compare = compare_docs

    def get(self, fid, system):
        for d in [self.doc] + list(self.compare):
            stat = d.get("results", {}).get(fid, {}).get(system)
            if stat is not None:
                return stat
        return None


def check_target(doc, refs, f, value):
    """Returns (target text, status text)."""
    t = f.target
    if t is None:
        return "", ""
    kind = t[0]
    sym, op = OPS[t[-2]]
    k = t[-1]
    if kind == "abs":
        text = f"{sym} {num(k)} {f.unit}"
        ref, factor = 1.0, k
    elif kind == "real":
        text = f"{sym} {k:g}× {REAL_NAME[f.dialect]}"
        ref, factor = median(refs.get(f.id, f.dialect)), k
    elif kind == "numpy":
        text = f"{sym} {k:g}× NumPy"
        ref, factor = median(refs.get(f.id, "numpy")), k
    elif kind == "numpy_fig":
        other = FIGURE_BY_ID[t[1]]
        text = f"{sym} {k:g}× NumPy's {other.id}"
        ref, factor = median(refs.get(other.id, "numpy")), k
    elif kind == "subject_fig":
        other = FIGURE_BY_ID[t[1]]
        text = f"{sym} {k:g}× this run's {other.id}"
        ref, factor = median(refs.get(other.id, subject_system(doc, other))), k
    elif kind == "stream":
        s = doc.get("stream_triad_gbps")
        text = f"{sym} {k:g}× STREAM triad ({num(s)} GB/s)" if s else f"{sym} {k:g}× STREAM triad"
        ref, factor = s, k
    else:
        return "", ""
    if value is None or ref is None:
        return text, "—"
    ok = op(value, factor * ref)
    shown = ratio(value, ref) if kind != "abs" else f"{num(value)} {f.unit}"
    return text, (f"met ({shown})" if ok else f"**MISSED** ({shown})")


def _load(la):
    return "/".join(f"{x:.2f}" for x in la) if la else "?"


def _header(doc, compare_docs):
    v = doc.get("versions", {})
    env = doc.get("env", {})
    lines = [
        f"Benchmark run: framework `{doc['framework']}`, {doc.get('created', '?')}, "
        f"threads {doc.get('threads')}, {doc.get('trials')} trials "
        f"(median, min–max){' — QUICK smoke run, not for publication' if doc.get('quick') else ''}.",
        f"Machine: {env.get('cpu', '?')}, {env.get('cpu_count', '?')} logical CPUs; "
        f"Python {v.get('python', '?')}; load average at start {_load(env.get('loadavg_at_start'))}"
        f"{', at end ' + _load(env['loadavg_at_end']) if env.get('loadavg_at_end') else ''}.",
        "Versions: " + ", ".join(f"{k} {val}" for k, val in v.items() if k != "python" and val),
    ]
    notes = [f"{k}: {'; '.join(v)}" for k, v in doc.get("thread_api", {}).items() if v]
    if notes:
        lines.append("Framework settings: " + " — ".join(notes) + ".")
    for d in compare_docs:
        dv = d.get("versions", {})
        lines.append(f"Compared with `{d.get('_path', '?')}`: framework `{d['framework']}` "
                     f"{dv.get(d['framework'], '')}, {d.get('created', '?')}, threads {d.get('threads')}"
                     f"{', QUICK' if d.get('quick') else ''}.")
    return "\n".join(line + "  " for line in lines)


def render(doc, compare_docs=()):
    mode = doc["framework"]
    refs = Refs(doc, compare_docs)
    ferro = mode == "ferrograd"
    have_real = ferro and any(d["framework"] != "ferrograd" for d in compare_docs)
    cols = ["Figure", "Unit", "ferrograd" if ferro else REAL_NAME.get(mode, mode)]
    if have_real:
        cols += ["real framework", "ratio vs real"]
    cols += ["NumPy", "ratio vs NumPy"]
    if ferro:
        cols += ["Target", "Status"]
    rows = []
    for f in FIGURES:
        subj = doc.get("results", {}).get(f.id, {}).get(subject_system(doc, f))
        real = refs.get(f.id, f.dialect) if have_real else None
        npy = refs.get(f.id, "numpy")
        if subj is None and real is None and npy is None:
            continue
        if subj is None and not ferro:
            continue
        arrow = "↓" if f.better == "lower" else "↑"
        label = f.label
        if f.note:
            label += f" — _{f.note}_"
        row = [label, f"{f.unit} {arrow}", cell(subj)]
        if have_real:
            row += [cell(real) + ("" if real is None or f.dialect == "torch" or f.kind in ("size", "wheel")
                                  else f" ({REAL_NAME[f.dialect]})"),
                    ratio(median(subj), median(real))]
        row += [cell(npy), ratio(median(subj), median(npy))]
        if ferro:
            row += list(check_target(doc, refs, f, median(subj)))
        rows.append(row)
    out = [_header(doc, compare_docs), ""]
    out.append("| " + " | ".join(cols) + " |")
    out.append("|" + "|".join("---" for _ in cols) + "|")
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    out.append("")
    out.append("Ratios are value / reference in the figure's own unit (↓ lower is better, "
               "↑ higher is better). Cells show median (min–max) over the trials.")
    return "\n".join(out) + "\n"

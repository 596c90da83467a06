# torch.testing: assert_close / assert_allclose with torch's default tolerances and failure message.
import builtins as _b

from .. import _core

_TOL = {"float32": (1.3e-6, 1e-5), "float64": (1e-7, 1e-7)}


def _as_tensor(x, like=None):
    if isinstance(x, _core.Tensor):
        return x
    return _core.tensor(x, like.dtype if like is not None else None, False, 0)


def assert_close(actual, expected, *, allow_subclasses=True, rtol=None, atol=None, equal_nan=False,
                 check_device=True, check_dtype=True, check_layout=True, check_stride=False, msg=None, _path=""):
    import numpy as np

    if isinstance(actual, (list, tuple)) and isinstance(expected, (list, tuple)):
        if len(actual) != len(expected):
            raise AssertionError(f"The length of the sequences mismatch: {len(actual)} != {len(expected)}")
        items = enumerate(zip(actual, expected))
    elif isinstance(actual, dict) and isinstance(expected, dict):
        items = ((k, (actual[k], expected[k])) for k in expected)
    else:
        items = None
    if items is not None:
        for k, (a, e) in items:
            assert_close(a, e, rtol=rtol, atol=atol, equal_nan=equal_nan, check_dtype=check_dtype, msg=msg,
                         _path=f"{_path}[{k!r}]")
        return
    if (rtol is None) != (atol is None):
        raise ValueError(f"Both 'rtol' and 'atol' must be either specified or omitted, but got no {'rtol' if rtol is None else 'atol'}.")
    scalar = not isinstance(actual, _core.Tensor) and not isinstance(expected, _core.Tensor)
    if scalar:
        a = np.asarray(actual, dtype=np.float64)
        e = np.asarray(expected, dtype=np.float64)
        if type(actual) is not type(expected):
            raise AssertionError(f"The values for attribute 'dtype' do not match: {type(actual)} != {type(expected)}.")
        kind, dt = "Scalars", ("float64" if isinstance(actual, float) else "int64")
    else:
        at, et = _as_tensor(actual), _as_tensor(expected)
        if isinstance(actual, _core.Tensor) != isinstance(expected, _core.Tensor):
            raise TypeError("No comparison pair was able to handle inputs of type "
                            f"{type(actual)} and {type(expected)}.")
        if tuple(at.shape) != tuple(et.shape):
            raise AssertionError(f"The values for attribute 'shape' do not match: {at.shape} != {et.shape}.")
        if check_dtype and at.dtype != et.dtype:
            raise AssertionError(f"The values for attribute 'dtype' do not match: {at.dtype} != {et.dtype}.")
        a, e = ((t.float() if t.dtype._fg == "bfloat16" else t).numpy(True) for t in (at, et))
        kind, dt = "Tensor-likes", at.dtype._fg
    if rtol is None:
        rtol, atol = _TOL.get(dt, (0.0, 0.0))
    a64, e64 = a.astype(np.float64), e.astype(np.float64)
    diff = np.abs(a64 - e64)
    ok = diff <= atol + rtol * np.abs(e64)
    ok |= a64 == e64
    if equal_nan:
        ok |= np.isnan(a64) & np.isnan(e64)
    if ok.all():
        return
    if isinstance(msg, str):
        raise AssertionError(msg)
    exact = rtol == 0 and atol == 0
    lines = _mismatch(np, a, e, a64, e64, ok, diff, kind, dt, exact, rtol, atol, scalar, actual, expected)
    if _path:
        lines += ["", f"The failure occurred for item {_path}"]
    m = "\n".join(lines)
    raise AssertionError(m if msg is None else msg(m))


def _mismatch(np, a, e, a64, e64, ok, diff, kind, dt, exact, rtol, atol, scalar, actual, expected):
    if scalar or a.ndim == 0:  # torch reports 0-dim tensors as scalars too
        if not scalar:
            actual, expected = a.item(), e.item()
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = float(diff / np.abs(e64))
        return [f"Scalars are not {'equal' if exact else 'close'}!", "", f"Expected {expected} but got {actual}.",
                f"Absolute difference: {float(diff)}" + ("" if exact else f" (up to {atol} allowed)"),
                f"Relative difference: {rel}" + ("" if exact else f" (up to {rtol} allowed)")]
    bad = ~ok
    nbad, n = int(bad.sum()), a.size
    lines = [f"{kind} are not {'equal' if exact else 'close'}!", "",
             f"Mismatched elements: {nbad} / {n} ({100.0 * nbad / n:.1f}%)"]
    with np.errstate(divide="ignore", invalid="ignore"):
        # torch computes the differences in the compared dtype
        dd = np.abs(a - e) if a.dtype.kind == "f" else diff
        diff = dd.astype(np.float64)
        rel = (dd / np.abs(e) if a.dtype.kind == "f" else diff.astype(np.float32) / np.abs(e64).astype(np.float32))
        rel = rel.astype(np.float64)
    ia = np.unravel_index(int(np.argmax(np.where(bad, diff, -1))), a.shape) if a.ndim else ()
    ir = np.unravel_index(int(np.argmax(np.where(bad, rel, -1))), a.shape) if a.ndim else ()

    def fmt(v):
        return str(int(v)) if dt in ("int64", "int32", "bool") else repr(float(v))

    lines.append(f"Greatest absolute difference: {fmt(diff[ia])} at index {tuple(int(i) for i in ia)}"
                 + ("" if exact else f" (up to {atol} allowed)"))
    lines.append(f"Greatest relative difference: {float(rel[ir])!r} at index {tuple(int(i) for i in ir)}"
                 + ("" if exact else f" (up to {rtol} allowed)"))
    return lines


def assert_allclose(actual, expected, rtol=None, atol=None, equal_nan=True, msg=""):
    import warnings

    warnings.warn("`torch.testing.assert_allclose()` is deprecated since 1.12 and will be removed in a future release. "
                  "Please use `torch.testing.assert_close()` instead. You can find detailed upgrade instructions in "
                  "https://github.com/pytorch/pytorch/issues/61844.", FutureWarning, stacklevel=2)
    assert_close(actual, expected, rtol=rtol, atol=atol, equal_nan=equal_nan, check_dtype=False,
                 msg=msg or None)


def make_tensor(*shape, dtype, device=None, low=None, high=None, requires_grad=False, **kw):
    from . import _random

    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    lo = -9 if low is None else low
    hi = 9 if high is None else high
    if dtype.is_floating_point:
        t = _core.zeros(*shape, dtype=dtype, tag=0)
        _random.uniform_(t, lo, hi)
    else:
        t = _random.randint(lo, hi, shape, dtype=dtype)
    if requires_grad:
        t.requires_grad_(True)
    return t

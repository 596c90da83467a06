# Window functions (hann, hamming, blackman, bartlett, kaiser) as torch computes them.
import math as _math

from .. import _core
from ._common import TAG, _np, _tt


# ---- torch.* functions ----
_TORCH_OPT_DT = {"int64": "long int", "int32": "int", "bool": "bool"}


def _window(name, window_length, periodic, dtype, fn, requires_grad=False):
    # torch's window kernels: arange in the window dtype, the same scalar steps in that dtype.
    np = _np()
    tt = _tt()
    dt = dtype or tt.get_default_dtype()
    if not dt.is_floating_point:
        raise RuntimeError(f"{name} expects floating point dtypes, got: TensorOptions(dtype="
                           f"{_TORCH_OPT_DT.get(dt._fg, dt._fg)}, device=cpu, layout=Strided (default), "
                           "requires_grad=false (default), pinned_memory=false, memory_format=(nullopt))")
    if window_length < 0:
        raise RuntimeError(f"{name} requires non-negative window_length, got window_length={window_length}")
    if window_length == 0:
        return tt.zeros(0, dtype=dt, requires_grad=requires_grad)
    if window_length == 1:
        return tt.ones(1, dtype=dt, requires_grad=requires_grad)
    n = window_length + 1 if periodic else window_length
    f = np.float64 if dt._fg == "float64" else np.float32
    w = np.asarray(fn(np.arange(n, dtype=f), n, f), dtype=f)
    if periodic:
        w = w[:-1]
    return _core.tensor(np.ascontiguousarray(w), dt, requires_grad, TAG)


def _hamming(alpha, beta):
    def fn(k, n, f):
        np = _np()
        return np.cos(k * f(_math.pi * 2.0 / (n - 1))) * f(-beta) + f(alpha)

    return fn


def hann_window(window_length, periodic=True, *, dtype=None, layout=None, device=None, requires_grad=False):
    return _window("hann_window", window_length, periodic, dtype, _hamming(0.5, 0.5), requires_grad)


def hamming_window(window_length, periodic=True, alpha=0.54, beta=0.46, *, dtype=None, layout=None, device=None,
                   requires_grad=False):
    return _window("hamming_window", window_length, periodic, dtype, _hamming(alpha, beta), requires_grad)


def _blackman(k, n, f):
    np = _np()
    w = k * f(_math.pi / (n - 1))
    return np.cos(w * f(4)) * f(0.08) - np.cos(w * f(2)) * f(0.5) + f(0.42)


def blackman_window(window_length, periodic=True, *, dtype=None, layout=None, device=None, requires_grad=False):
    return _window("blackman_window", window_length, periodic, dtype, _blackman, requires_grad)


def _bartlett(k, n, f):
    w = k * f(2.0 / (n - 1))
    half = ((n - 1) >> 1) + 1
    w[half:] = w[half:] * f(-1) + f(2)
    return w


def bartlett_window(window_length, periodic=True, *, dtype=None, layout=None, device=None, requires_grad=False):
    return _window("bartlett_window", window_length, periodic, dtype, _bartlett, requires_grad)


def kaiser_window(window_length, periodic=True, beta=12.0, *, dtype=None, layout=None, device=None,
                  requires_grad=False):
    def fn(k, n, f):
        np = _np()
        alpha = (n - 1) / 2.0
        r = np.i0(beta * np.sqrt(np.maximum(0.0, 1 - ((k.astype(np.float64) - alpha) / alpha) ** 2))) / np.i0(beta)
        return r.astype(f)

    return _window("kaiser_window", window_length, periodic, dtype, fn, requires_grad)

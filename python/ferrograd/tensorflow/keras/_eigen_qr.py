# tf.linalg.qr (reduced, float32) as TF's CPU kernel computes it, for the Orthogonal initializer:
# Eigen::HouseholderQR on a row-major matrix, then Q = householderQ() * Identity(m, n) on a
# column-major result. Reproduced in numpy float32 with Eigen's operation order (AVX, no FMA):
# - makeHouseholder: sequential squared norm of the strided tail, beta = -sign(c0) sqrt(c0^2 + s),
#   essential = tail / (c0 - beta), tau = (beta - c0) / beta;
# - applyHouseholderOnTheLeft: tmp = v^T B (on the row-major factor: a column-major GEMV, each
#   output summed in order, in blocks of 16 rows once B has 128 rows or more; a single column is a
#   sequential inner product), tmp += row0, row0 -= tau tmp, B -= (tau v) tmp^T;
# - on the column-major Q: each output a dot product in 8 float lanes, reduced (l_k + l_k+4, then
#   (0+2) + (1+3)), a 4-lane half packet for the rows Eigen's row loop takes one at a time, then
#   the scalar tail.
# Exact only while min(m, n) < 48 (Eigen switches to blocked Householder updates from 48 on); callers
# use LAPACK beyond that.
import numpy as np

_F = np.float32
BLOCKED_FROM = 48


def _seq_sum(x, axis=0):
    # float32 sum in index order (np.add.accumulate adds sequentially).
    return np.add.accumulate(x, axis=axis, dtype=_F)[-1] if x.shape[axis] else np.zeros(x.shape[1:], _F)


def _vt_b_rowmajor(v, b):
    r, c = b.shape
    if r == 0:
        return np.zeros(c, _F)
    prods = (b * v[:, None]).astype(_F)
    block = r if (r < 128 or c == 1) else 16
    res = np.zeros(c, _F)
    for j in range(0, r, block):
        res = (res + _seq_sum(prods[j:j + block])).astype(_F)
    return res


def _single_rows(c):
    i = 0
    while i < c - 7:
        i += 8
    while i < c - 3:
        i += 4
    while i < c - 1:
        i += 2
    return list(range(i, c))


def _vt_b_colmajor(v, b):
    r, c = b.shape
    full = (r // 8) * 8
    prods = (b * v[:, None]).astype(_F)
    lanes = _seq_sum(prods[:full].reshape(full // 8, 8, c)) if full else np.zeros((8, c), _F)
    h = (lanes[:4] + lanes[4:]).astype(_F)
    out = ((h[0] + h[2]).astype(_F) + (h[1] + h[3]).astype(_F)).astype(_F)
    rest = r - full
    half = np.zeros(c, bool)
    if rest >= 4:
        half[_single_rows(c)] = True
    if half.any():
        p = prods[full:full + 4][:, half]
        out[half] = (out[half] + ((p[0] + p[2]).astype(_F) + (p[1] + p[3]).astype(_F)).astype(_F)).astype(_F)
    for j in range(full, r):
        mask = ~half if j < full + 4 else np.ones(c, bool)
        out[mask] = (out[mask] + prods[j, mask]).astype(_F)
    return out


def _apply_left(m, v, tau, colmajor):
    if m.shape[0] == 1:
        m *= _F(1) - tau
        return
    if tau == 0:
        return
    bottom = m[1:]
    tmp = (_vt_b_colmajor(v, bottom) if colmajor else _vt_b_rowmajor(v, bottom))
    tmp = (tmp + m[0]).astype(_F)
    m[0] -= (tau * tmp).astype(_F)
    bottom -= ((tau * v).astype(_F)[:, None] * tmp[None, :]).astype(_F)


def _householder(x):
    c0, tail = x[0], x[1:]
    sq = _seq_sum((tail * tail).astype(_F)) if len(tail) else _F(0)
    if sq <= np.finfo(_F).tiny:
        return np.zeros_like(tail), _F(0), c0
    beta = np.sqrt(_F(_F(c0 * c0) + sq), dtype=_F)
    if c0 >= 0:
        beta = -beta
    return (tail / _F(c0 - beta)).astype(_F), _F(_F(beta - c0) / beta), beta


def qr(a):
    """Reduced QR of a float32 (m, n) matrix, m >= n, n < 48: (q, r) as TF's CPU kernel gives them."""
    a = np.array(a, dtype=_F, copy=True)
    m, n = a.shape
    size = min(m, n)
    taus = np.zeros(size, _F)
    for k in range(size):
        v, tau, beta = _householder(a[k:, k].copy())
        a[k + 1:, k] = v
        taus[k] = tau
        a[k, k] = beta
        if n - k - 1 > 0:
            _apply_left(a[k:, k + 1:], v, tau, False)
    q = np.asfortranarray(np.eye(m, size, dtype=_F))
    for k in range(size - 1, -1, -1):
        _apply_left(q[k:, :], a[k + 1:, k].copy(), taus[k], True)
    return np.ascontiguousarray(q), np.triu(a[:size, :])

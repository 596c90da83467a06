"""torch.nn ConvTranspose1d/2d, Fold/Unfold, MaxUnpool1d/2d and max_pool(return_indices=True) on ferrograd:
values against numpy references, float64 finite-difference gradients (and double backward), torch's
default init (values recorded from torch 2.15), reprs and torch's errors."""
import importlib
import itertools

import numpy as np
import pytest


class _Lazy:
    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        if attr.startswith("_") or attr.startswith("pytest"):
            raise AttributeError(attr)
        return getattr(importlib.import_module(self._name), attr)


torch = _Lazy("ferrograd.torch")
nn = _Lazy("ferrograd.torch.nn")
F = _Lazy("ferrograd.torch.nn.functional")


def _t(a, grad=False):
    return torch.tensor(np.asarray(a), requires_grad=grad)


# ---- numpy references ----
def np_conv_transpose2d(x, w, b, stride, padding, output_padding, groups, dilation):
    N, Cin, H, W = x.shape
    _, cog, kh, kw = w.shape
    (sh, sw), (ph, pw), (oph, opw), (dh, dw) = stride, padding, output_padding, dilation
    Ho = (H - 1) * sh - 2 * ph + dh * (kh - 1) + oph + 1
    Wo = (W - 1) * sw - 2 * pw + dw * (kw - 1) + opw + 1
    full = np.zeros((N, cog * groups, Ho + 2 * ph + kh * dh, Wo + 2 * pw + kw * dw))
    cig = Cin // groups
    for n, c, h, ww, i, j in itertools.product(range(N), range(Cin), range(H), range(W), range(kh), range(kw)):
        g = c // cig
        full[n, g * cog:(g + 1) * cog, h * sh + i * dh, ww * sw + j * dw] += x[n, c, h, ww] * w[c, :, i, j]
    out = full[:, :, ph:ph + Ho, pw:pw + Wo]
    if b is not None:
        out = out + b.reshape(1, -1, 1, 1)
    return out


def np_unfold(x, k, d, p, s):
    N, C, H, W = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (p[0], p[0]), (p[1], p[1])))
    Lh = (H + 2 * p[0] - d[0] * (k[0] - 1) - 1) // s[0] + 1
    Lw = (W + 2 * p[1] - d[1] * (k[1] - 1) - 1) // s[1] + 1
    out = np.zeros((N, C, k[0], k[1], Lh, Lw))
    for i, j, a, b in itertools.product(range(k[0]), range(k[1]), range(Lh), range(Lw)):
        out[:, :, i, j, a, b] = xp[:, :, a * s[0] + i * d[0], b * s[1] + j * d[1]]
    return out.reshape(N, C * k[0] * k[1], Lh * Lw)


def np_fold(c, o, k, d, p, s):
    N, CK, L = c.shape
    C = CK // (k[0] * k[1])
    Lh = (o[0] + 2 * p[0] - d[0] * (k[0] - 1) - 1) // s[0] + 1
    Lw = (o[1] + 2 * p[1] - d[1] * (k[1] - 1) - 1) // s[1] + 1
    c = c.reshape(N, C, k[0], k[1], Lh, Lw)
    out = np.zeros((N, C, o[0] + 2 * p[0], o[1] + 2 * p[1]))
    for i, j, a, b in itertools.product(range(k[0]), range(k[1]), range(Lh), range(Lw)):
        out[:, :, a * s[0] + i * d[0], b * s[1] + j * d[1]] += c[:, :, i, j, a, b]
    return out[:, :, p[0]:p[0] + o[0], p[1]:p[1] + o[1]]


def _numgrad(f, arrays, which, eps=1e-6):
    a = arrays[which]
    g = np.zeros_like(a)
    for idx in np.ndindex(a.shape):
        old = a[idx]
        a[idx] = old + eps
        fp = f(*arrays)
        a[idx] = old - eps
        fm = f(*arrays)
        a[idx] = old
        g[idx] = (fp - fm) / (2 * eps)
    return g


CT_CASES = [
    # stride, padding, output_padding, groups, dilation, (N, Cin, Cout, H, W, kh, kw)
    ((1, 1), (0, 0), (0, 0), 1, (1, 1), (2, 3, 4, 4, 3, 3, 3)),
    ((2, 3), (1, 0), (1, 2), 2, (1, 1), (2, 4, 6, 3, 4, 3, 2)),
    ((2, 2), (1, 2), (0, 1), 1, (2, 1), (1, 2, 2, 3, 3, 2, 3)),
    ((1, 1), (2, 1), (1, 0), 3, (2, 1), (1, 3, 3, 3, 4, 3, 3)),
    ((1, 1), (0, 0), (0, 0), 1, (1, 1), (2, 2, 1, 1, 1, 4, 4)),
    ((2, 2), (1, 1), (0, 0), 1, (1, 1), (2, 3, 2, 4, 4, 4, 4)),
]


@pytest.mark.parametrize("case", range(len(CT_CASES)))
def test_conv_transpose2d_matches_numpy(case):
    s, p, op, g, d, (N, Cin, Cout, H, W, kh, kw) = CT_CASES[case]
    rng = np.random.default_rng(case)
    x = rng.standard_normal((N, Cin, H, W))
    w = rng.standard_normal((Cin, Cout // g, kh, kw))
    b = rng.standard_normal(Cout)
    ref = np_conv_transpose2d(x, w, b, s, p, op, g, d)
    y = F.conv_transpose2d(_t(x), _t(w), _t(b), s, p, op, g, d)
    assert tuple(y.shape) == ref.shape
    np.testing.assert_allclose(y.numpy(), ref, rtol=1e-12, atol=1e-12)
    y32 = F.conv_transpose2d(_t(x.astype(np.float32)), _t(w.astype(np.float32)), None, s, p, op, g, d)
    np.testing.assert_allclose(y32.numpy(), ref - b.reshape(1, -1, 1, 1), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("case", [1, 2, 3])
def test_conv_transpose2d_gradients_finite_differences(case):
    s, p, op, g, d, (N, Cin, Cout, H, W, kh, kw) = CT_CASES[case]
    rng = np.random.default_rng(10 + case)
    arrays = [rng.standard_normal((N, Cin, H, W)), rng.standard_normal((Cin, Cout // g, kh, kw)),
              rng.standard_normal(Cout)]
    ref = np_conv_transpose2d(*arrays, s, p, op, g, d)
    go = rng.standard_normal(ref.shape)

    def f(x, w, b):
        return float((np_conv_transpose2d(x, w, b, s, p, op, g, d) * go).sum())

    ts = [_t(a, True) for a in arrays]
    y = F.conv_transpose2d(*ts, s, p, op, g, d)
    assert y.grad_fn.name() == "ConvolutionBackward0"
    y.backward(_t(go))
    for i, tt in enumerate(ts):
        np.testing.assert_allclose(tt.grad.numpy(), _numgrad(f, arrays, i), rtol=1e-6, atol=1e-7)


def test_conv_transpose2d_double_backward():
    rng = np.random.default_rng(3)
    x, w = rng.standard_normal((1, 2, 3, 3)), rng.standard_normal((2, 3, 2, 2))
    xt, wt = _t(x, True), _t(w, True)
    y = F.conv_transpose2d(xt, wt, stride=2, padding=1, output_padding=1)
    (gx,) = torch.autograd.grad((y * y).sum(), xt, create_graph=True)
    gx.sum().backward()
    # d/dw sum_x d/dx sum(y^2) = d/dw sum(2 y * dy/dx . 1) ; compare with finite differences of that scalar
    def h(xa, wa):
        ya = np_conv_transpose2d(xa, wa, None, (2, 2), (1, 1), (1, 1), 1, (1, 1))
        ones_y = np_conv_transpose2d(np.ones_like(xa), wa, None, (2, 2), (1, 1), (1, 1), 1, (1, 1))
        return float((2 * ya * ones_y).sum())
    np.testing.assert_allclose(wt.grad.numpy(), _numgrad(h, [x, w], 1), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(xt.grad.numpy(), _numgrad(h, [x, w], 0), rtol=1e-5, atol=1e-6)


def test_conv_transpose_is_adjoint_of_conv2d():
    rng = np.random.default_rng(4)
    x = _t(rng.standard_normal((2, 3, 7, 6)), True)
    w = _t(rng.standard_normal((4, 3, 3, 2)))
    y = F.conv2d(x, w, stride=2, padding=1, dilation=(1, 2))
    go = _t(rng.standard_normal(tuple(y.shape)))
    y.backward(go)
    op = (7 - ((y.shape[2] - 1) * 2 - 2 + 3), 6 - ((y.shape[3] - 1) * 2 - 2 + 3))
    z = F.conv_transpose2d(go, w, stride=2, padding=1, output_padding=op, dilation=(1, 2))
    np.testing.assert_allclose(z.numpy(), x.grad.numpy(), rtol=1e-12, atol=1e-12)


def test_conv_transpose1d_and_unbatched():
    rng = np.random.default_rng(5)
    x, w, b = rng.standard_normal((2, 3, 5)), rng.standard_normal((3, 2, 3)), rng.standard_normal(4)
    ref = np_conv_transpose2d(x[:, :, None], w[:, :, None], None, (1, 2), (0, 1), (0, 1), 1, (1, 1))[:, :, 0]
    y = F.conv_transpose1d(_t(x), _t(w), None, stride=2, padding=1, output_padding=1)
    np.testing.assert_allclose(y.numpy(), ref, rtol=1e-12, atol=1e-12)
    wg = rng.standard_normal((4, 3, 2))
    yg = F.conv_transpose1d(_t(np.concatenate([x, x[:, :1]], 1)), _t(wg), _t(b[:2].repeat(3)), groups=2, dilation=2)
    refg = np_conv_transpose2d(np.concatenate([x, x[:, :1]], 1)[:, :, None], wg[:, :, None], b[:2].repeat(3),
                               (1, 1), (0, 0), (0, 0), 2, (1, 2))[:, :, 0]
    np.testing.assert_allclose(yg.numpy(), refg, rtol=1e-12, atol=1e-12)
    y1 = F.conv_transpose1d(_t(x[0]), _t(w), None, stride=2, padding=1, output_padding=1)
    np.testing.assert_allclose(y1.numpy(), ref[0], rtol=1e-12, atol=1e-12)
    w2 = rng.standard_normal((3, 2, 2, 2))
    y2 = F.conv_transpose2d(_t(x[0, :, :, None].repeat(2, -1)), _t(w2))
    ref2 = np_conv_transpose2d(x[:1, :, :, None].repeat(2, -1), w2, None, (1, 1), (0, 0), (0, 0), 1, (1, 1))[0]
    np.testing.assert_allclose(y2.numpy(), ref2, rtol=1e-12, atol=1e-12)


def test_conv_transpose_modules_default_init_matches_torch():
    torch.manual_seed(0)
    m = nn.ConvTranspose2d(2, 4, 2, groups=2)
    assert tuple(m.weight.shape) == (2, 2, 2, 2)
    np.testing.assert_array_equal(m.weight.detach().numpy().ravel(), np.array([
        -0.0026469905860722065, 0.18966144323349, -0.2909903824329376, -0.26019373536109924, -0.13617262244224548,
        0.0948079451918602, -0.007005016785115004, 0.28032875061035156, -0.03137575834989548, 0.09355466812849045,
        -0.10684845596551895, -0.06949635595083237, -0.33776670694351196, -0.23415207862854004, -0.14574287831783295,
        0.013096880167722702], np.float32))
    np.testing.assert_array_equal(m.bias.detach().numpy(), np.array(
        [0.13977210223674774, 0.21214008331298828, -0.23968836665153503, -0.15395936369895935], np.float32))
    m1 = nn.ConvTranspose1d(3, 2, 2)
    np.testing.assert_array_equal(m1.weight.detach().numpy().ravel(), np.array([
        0.18160855770111084, 0.41519397497177124, -0.10290008783340454, 0.3741558790206909, -0.08059167861938477,
        0.05290704965591431, 0.45273810625076294, -0.4638351798057556, -0.3147689700126648, -0.12658262252807617,
        -0.19489997625350952, 0.43200039863586426], np.float32))
    np.testing.assert_array_equal(m1.bias.detach().numpy(), np.array([-0.32408982515335083, -0.23016643524169922],
                                                                     np.float32))


def test_conv_transpose_modules_repr_and_output_size():
    m = nn.ConvTranspose2d(4, 6, (3, 2), stride=2, padding=(1, 2), output_padding=1, dilation=2, groups=2,
                           bias=False)
    assert repr(m) == ("ConvTranspose2d(4, 6, kernel_size=(3, 2), stride=(2, 2), padding=(1, 2), dilation=(2, 2), "
                       "output_padding=(1, 1), groups=2, bias=False)")
    assert repr(nn.ConvTranspose1d(4, 6, 3)) == "ConvTranspose1d(4, 6, kernel_size=(3,), stride=(1,))"
    assert m.transposed is True and m.output_padding == (1, 1) and m.padding_mode == "zeros"
    up = nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1)
    h = torch.randn(1, 4, 6, 6)
    assert tuple(up(h).shape) == (1, 2, 11, 11)
    assert tuple(up(h, output_size=[12, 11]).shape) == (1, 2, 12, 11)
    assert tuple(up(h[0], output_size=[2, 12, 12]).shape) == (2, 12, 12)
    with pytest.raises(ValueError, match=r"requested an output size of \[14, 14\], but valid sizes range from "
                                         r"\[11, 11\] to \[12, 12\]"):
        up(h, output_size=[14, 14])
    with pytest.raises(ValueError, match="ConvTranspose2D: for 4D input, output_size must have 2 or 4 elements"):
        up(h, output_size=[1, 2, 3])
    with pytest.raises(ValueError, match='Only "zeros" padding mode is supported for ConvTranspose2d'):
        nn.ConvTranspose2d(3, 4, 3, padding_mode="reflect")
    with pytest.raises(ValueError, match="in_channels must be divisible by groups"):
        nn.ConvTranspose2d(3, 4, 3, groups=2)


def test_conv_transpose_module_trains():
    torch.manual_seed(0)
    m = nn.ConvTranspose2d(2, 1, 3, stride=2, padding=1, output_padding=1)
    opt = torch.optim.SGD(m.parameters(), lr=0.1)
    x, target = torch.randn(4, 2, 3, 3), torch.randn(4, 1, 6, 6)
    losses = []
    for _ in range(5):
        loss = F.mse_loss(m(x), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0]
    assert m.weight.grad is not None and m.bias.grad is not None


@pytest.mark.parametrize("call, exc, msg", [
    (lambda: F.conv_transpose2d(torch.randn(2, 4, 4, 4), torch.randn(3, 5, 3, 3)), RuntimeError,
     r"Given transposed=1, weight of size \[3, 5, 3, 3\], expected input\[2, 4, 4, 4\] to have 3 channels, but got "
     r"4 channels instead"),
    (lambda: F.conv_transpose2d(torch.randn(2, 3, 4), torch.randn(3, 5, 3, 3)), RuntimeError,
     r"expected input\[1, 2, 3, 4\] to have 3 channels, but got 2 channels instead"),
    (lambda: F.conv_transpose2d(torch.randn(3, 4), torch.randn(3, 5, 3, 3)), RuntimeError,
     r"Expected 3D \(unbatched\) or 4D \(batched\) input to conv_transpose2d, but got input of size: \[3, 4\]"),
    (lambda: F.conv_transpose1d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3)), RuntimeError,
     r"Expected 2D \(unbatched\) or 3D \(batched\) input to conv_transpose1d, but got input of size: \[2, 3, 4, 4\]"),
    (lambda: F.conv_transpose2d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3, 3), groups=2), RuntimeError,
     r"Given groups=2, expected weight to be divisible by 2 at dimension 0, but got weight of size "
     r"\[\[3, 5, 3, 3\]\] instead"),
    (lambda: F.conv_transpose2d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3, 3), torch.randn(4)), RuntimeError,
     r"expected bias to be 1-dimensional with 5 elements, but got bias of size \[4\] instead"),
    (lambda: F.conv_transpose2d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3, 3), stride=2, output_padding=2),
     RuntimeError, "output padding must be smaller than either stride or dilation, but got output_padding_height: 2 "
                   "output_padding_width: 2 stride_height: 2 stride_width: 2 dilation_height: 1 dilation_width: 1"),
    (lambda: F.conv_transpose1d(torch.randn(2, 3, 4), torch.randn(3, 5, 3), stride=2, output_padding=2),
     RuntimeError, "output_padding_height: 0 output_padding_width: 2 stride_height: 1 stride_width: 2"),
    (lambda: F.conv_transpose2d(torch.randn(1, 3, 1, 1), torch.randn(3, 5, 3, 3), padding=3), RuntimeError,
     r"Given input size per channel: \(1 x 1\). Calculated output size per channel: \(-3 x -3\). Output size is "
     r"too small"),
    (lambda: F.conv_transpose2d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3, 3), padding=-1), RuntimeError,
     "negative padding is not supported"),
    (lambda: F.conv_transpose2d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3, 3), stride=0), RuntimeError,
     "non-positive stride is not supported"),
    (lambda: F.conv_transpose2d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3)), RuntimeError,
     r"expected stride to be a single integer value or a list of 1 values to match the convolution dimensions, "
     r"but got stride=\[1, 1\]"),
    (lambda: F.conv_transpose1d(torch.randn(2, 3, 4), torch.randn(3, 5, 3, 3)), RuntimeError,
     r"Expected 4-dimensional input for 4-dimensional weight \[3, 5, 3, 3\], but got 3-dimensional input of size "
     r"\[2, 3, 4\] instead"),
])
def test_conv_transpose_errors(call, exc, msg):
    with pytest.raises(exc, match=msg):
        call()


# ---- unfold / fold ----
FOLD_CASES = [((2, 2), (1, 1), (0, 0), (1, 1)), ((2, 3), (2, 1), (1, 0), (1, 2)), ((3, 3), (1, 1), (1, 1), (2, 2))]


@pytest.mark.parametrize("case", range(len(FOLD_CASES)))
def test_unfold_fold_match_numpy_and_gradients(case):
    k, d, p, s = FOLD_CASES[case]
    rng = np.random.default_rng(20 + case)
    x = rng.standard_normal((2, 3, 5, 6))
    u = F.unfold(_t(x), k, d, p, s)
    ref = np_unfold(x, k, d, p, s)
    np.testing.assert_array_equal(u.numpy(), ref)
    np.testing.assert_array_equal(F.unfold(_t(x[0]), k, d, p, s).numpy(), ref[0])
    c = rng.standard_normal(ref.shape)
    fo = F.fold(_t(c), (5, 6), k, d, p, s)
    np.testing.assert_allclose(fo.numpy(), np_fold(c, (5, 6), k, d, p, s), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(F.fold(_t(c[0]), (5, 6), k, d, p, s).numpy(), np_fold(c, (5, 6), k, d, p, s)[0],
                               rtol=1e-12, atol=1e-12)
    # gradients by finite differences
    xs, cs = [x[:1, :2].copy()], [c[:1, :ref.shape[1] // 3 * 2].copy()]
    gu = rng.standard_normal(np_unfold(xs[0], k, d, p, s).shape)
    xt = _t(xs[0], True)
    out = F.unfold(xt, k, d, p, s)
    assert out.grad_fn.name() == "Im2ColBackward0"
    out.backward(_t(gu))
    np.testing.assert_allclose(xt.grad.numpy(), _numgrad(lambda a: float((np_unfold(a, k, d, p, s) * gu).sum()),
                                                         xs, 0), rtol=1e-6, atol=1e-7)
    gf = rng.standard_normal((1, 2, 5, 6))
    ct = _t(cs[0], True)
    out = F.fold(ct, (5, 6), k, d, p, s)
    assert out.grad_fn.name() == "Col2ImBackward0"
    out.backward(_t(gf))
    np.testing.assert_allclose(ct.grad.numpy(),
                               _numgrad(lambda a: float((np_fold(a, (5, 6), k, d, p, s) * gf).sum()), cs, 0),
                               rtol=1e-6, atol=1e-7)


def test_fold_unfold_modules_and_inverse():
    inp = torch.arange(1., 26.).reshape(1, 1, 5, 5)
    fp = dict(kernel_size=3, dilation=1, padding=1, stride=2)
    f, u = nn.Fold(output_size=(5, 5), **fp), nn.Unfold(**fp)
    assert repr(f) == "Fold(output_size=(5, 5), kernel_size=3, dilation=1, padding=1, stride=2)"
    assert repr(u) == "Unfold(kernel_size=3, dilation=1, padding=1, stride=2)"
    divisor = f(u(torch.ones_like(inp)))
    assert torch.equal(f(u(inp)), divisor * inp)


@pytest.mark.parametrize("call, exc, msg", [
    (lambda: F.unfold(torch.randn(1, 2, 4, 4), 5), RuntimeError,
     r"Given input with spatial size \(4, 4\), kernel_size=\(5, 5\), dilation=\(1, 1\), padding=\(0, 0\), "
     r"calculated shape of the array of sliding blocks as \(0, 0\), but its components must be at least one."),
    (lambda: F.unfold(torch.randn(1, 2, 4, 4), 2, padding=-1), RuntimeError,
     "padding should be non-negative, but got pad_height: -1 pad_width: -1"),
    (lambda: F.unfold(torch.randn(1, 2, 4, 4), 0), RuntimeError,
     "kernel size should be greater than zero, but got kernel_height: 0 kernel_width: 0"),
    (lambda: F.unfold(torch.randn(1, 1, 2, 4, 4), 2), RuntimeError,
     r"Expected 3D or 4D \(batch mode\) tensor with possibly 0 batch size and other non-zero dimensions for input, "
     r"but got: \[1, 1, 2, 4, 4\]"),
    (lambda: F.unfold(torch.randn(4, 4), 2), IndexError, "Dimension out of range"),
    (lambda: F.fold(torch.randn(1, 7, 9), (4, 4), 2), RuntimeError,
     r"Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got input.size\(1\)=7 "
     r"and kernel_size=\(2, 2\)."),
    (lambda: F.fold(torch.randn(1, 8, 9), (5, 4), 2), RuntimeError,
     r"expected size of input's dimension 2 to match the calculated number of sliding blocks 4 \* 3 = 12, but got "
     r"input.size\(2\)=9."),
    (lambda: F.fold(torch.randn(1, 8, 9, 1), (4, 4), 2), RuntimeError,
     r"Expected 2D or 3D \(batch mode\) tensor for input with possibly 0 batch size and non-zero dimensions for "
     r"input, but got: \[1, 8, 9, 1\]"),
    (lambda: F.fold(torch.randn(1, 8, 9), (4, 4), 2, stride=0), RuntimeError,
     "stride should be greater than zero, but got stride_height: 0 stride_width: 0"),
])
def test_fold_unfold_errors(call, exc, msg):
    with pytest.raises(exc, match=msg):
        call()


# ---- max pooling indices and unpooling ----
def test_max_pool_return_indices_and_unpool():
    x = torch.arange(1., 21.).reshape(1, 1, 4, 5)
    out, idx = F.max_pool2d(x, 2, return_indices=True)
    np.testing.assert_array_equal(out.numpy(), [[[[7., 9.], [17., 19.]]]])
    np.testing.assert_array_equal(idx.numpy(), [[[[6, 8], [16, 18]]]])
    assert idx.dtype == torch.int64
    r = nn.MaxUnpool2d(2)(out, idx, output_size=x.size())
    ref = np.zeros((4, 5))
    ref.flat[[6, 8, 16, 18]] = [7, 9, 17, 19]
    np.testing.assert_array_equal(r.numpy()[0, 0], ref)
    # padding, stride, dilation: indices are positions in the unpadded input
    rng = np.random.default_rng(7)
    xa = rng.standard_normal((2, 3, 6, 7))
    o, i = F.max_pool2d(_t(xa), 3, stride=2, padding=1, dilation=1, return_indices=True)
    np.testing.assert_array_equal(np.take_along_axis(xa.reshape(2, 3, -1), i.numpy().reshape(2, 3, -1), -1),
                                  o.numpy().reshape(2, 3, -1))
    o, i = F.max_pool2d(_t(xa[0]), (2, 3), stride=(1, 2), dilation=(2, 1), return_indices=True)
    np.testing.assert_array_equal(np.take_along_axis(xa[0].reshape(3, -1), i.numpy().reshape(3, -1), -1),
                                  o.numpy().reshape(3, -1))
    o1, i1 = F.max_pool1d(_t(xa[0]), 2, return_indices=True)
    np.testing.assert_array_equal(np.take_along_axis(xa[0], i1.numpy(), -1), o1.numpy())
    o1, i1 = nn.MaxPool1d(3, stride=2, padding=1, return_indices=True)(_t(xa[0]))
    np.testing.assert_array_equal(np.take_along_axis(xa[0], i1.numpy(), -1), o1.numpy())
    u1 = nn.MaxUnpool1d(3, stride=2, padding=1)(o1, i1, output_size=[7])
    ref = np.zeros_like(xa[0])
    np.put_along_axis(ref, i1.numpy(), o1.numpy(), -1)
    np.testing.assert_array_equal(u1.numpy(), ref)


def test_max_unpool_repeated_indices_and_gradient():
    v = _t(np.array([[[[3., 1., 2.], [0., 9., 4.], [5., 6., 7.]]]]), True)
    o, i = F.max_pool2d(v, 2, stride=1, return_indices=True)
    np.testing.assert_array_equal(i.numpy(), [[[[4, 4], [4, 4]]]])
    ot = o.detach().requires_grad_()
    r = F.max_unpool2d(ot, i, 2, stride=1, output_size=(3, 3))
    assert r.grad_fn.name() == "MaxUnpool2DBackward0"
    np.testing.assert_array_equal(r.detach().numpy()[0, 0], [[0, 0, 0], [0, 9, 0], [0, 0, 0]])
    g = np.arange(9.).reshape(1, 1, 3, 3)
    r.backward(_t(g))
    np.testing.assert_array_equal(ot.grad.numpy(), [[[[4., 4.], [4., 4.]]]])  # torch: grad gathered at indices
    # last write wins for distinct values at a repeated index
    a = _t(np.array([[[[1., 2.], [3., 4.]]]]))
    r = F.max_unpool2d(a, torch.tensor([[[[0, 0], [3, 0]]]]), 1)
    np.testing.assert_array_equal(r.numpy()[0, 0], [[4., 0.], [0., 3.]])


def test_max_unpool_gradient_finite_differences():
    rng = np.random.default_rng(8)
    xa = rng.standard_normal((2, 2, 2, 3))
    idx = np.array([rng.permutation(20)[:6] for _ in range(4)]).reshape(2, 2, 2, 3)
    gout = rng.standard_normal((2, 2, 4, 5))
    xt = _t(xa, True)
    r = F.max_unpool2d(xt, torch.tensor(idx), 2, output_size=(4, 5))
    ref = np.zeros((2, 2, 20))
    np.put_along_axis(ref, idx.reshape(2, 2, 6), xa.reshape(2, 2, 6), -1)
    np.testing.assert_array_equal(r.detach().numpy(), ref.reshape(2, 2, 4, 5))
    r.backward(_t(gout))
    np.testing.assert_array_equal(xt.grad.numpy(), np.take_along_axis(gout.reshape(2, 2, 20), idx.reshape(2, 2, 6),
                                                                      -1).reshape(xa.shape))


def test_max_unpool_modules_repr():
    assert repr(nn.MaxUnpool2d(2)) == "MaxUnpool2d(kernel_size=(2, 2), stride=(2, 2), padding=(0, 0))"
    assert repr(nn.MaxUnpool1d(2, stride=1, padding=1)) == "MaxUnpool1d(kernel_size=(2,), stride=(1,), padding=(1,))"


@pytest.mark.parametrize("call, exc, msg", [
    (lambda o, i: F.max_unpool2d(o, i, 2, output_size=(6, 6)), ValueError,
     r'invalid output_size "\(6, 6\)" \(dim 0 must be between 2 and 6\)'),
    (lambda o, i: F.max_unpool2d(o, i, 2, output_size=(5,)), ValueError,
     "output_size should be a sequence containing 2 or 4 elements, but it has a length of '1'"),
    (lambda o, i: F.max_unpool2d(o[:, :1, :, :1], i[:, :1, :, :1], 2), RuntimeError,
     r"Found an invalid max index: 13 \(output volumes are of size 4x2\)"),
    (lambda o, i: F.max_unpool2d(o, i.float(), 2), RuntimeError,
     "elements in indices should be type int64 but got: Float"),
    (lambda o, i: F.max_unpool2d(o[0, 0], i[0, 0], 2), RuntimeError,
     "Input to max_unpooling2d should be a 3d or 4d Tensor, but got a tensor with 2 dimensions."),
    (lambda o, i: F.max_unpool2d(o, i[0], 2), RuntimeError,
     r"Expected shape of indices to be same as that of the input tensor \(\[1, 2, 2, 2\]\) but got indices tensor "
     r"with shape: \[2, 2, 2\]"),
])
def test_max_unpool_errors(call, exc, msg):
    x = torch.arange(32.).reshape(1, 2, 4, 4)
    o, i = F.max_pool2d(x, 2, return_indices=True)
    with pytest.raises(exc, match=msg):
        call(o, i)
